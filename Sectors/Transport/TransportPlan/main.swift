// transport-plan: the transport sector's command-line tool (report, catalogue, template,
// validate, batch), handing the model to the shared command kit.
import PlanCLI
import TransportSector

PlanTool.run(TransportModel(), commandName: "transport-plan")
