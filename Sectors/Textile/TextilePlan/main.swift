// textile-plan: the textile-park sector handed to the shared command kit (report, catalogue,
// template, validate, batch). All logic lives in TextileSector and PlanCLI.
import PlanCLI
import TextileSector

PlanTool.run(TextileModel(), commandName: "textile-plan")
