// `power-plan`: the thermal-power sector handed to the shared command kit
// (report, catalogue, template, validate, batch; exit codes 0 / 65 / 70 / 73).
import PlanCLI
import ThermalPowerSector

PlanTool.run(ThermalPowerModel(), commandName: "power-plan")
