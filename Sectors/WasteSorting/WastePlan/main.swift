// `waste-plan`: the municipal solid waste (waste sorting) sector handed to the shared command kit.
import PlanCLI
import WasteSortingSector

PlanTool.run(WasteSortingModel(), commandName: "waste-plan")
