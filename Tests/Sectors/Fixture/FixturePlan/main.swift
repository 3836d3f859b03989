// fixture-plan: the test fixture sector handed to the shared command kit (not a product).
import FixtureSector
import PlanCLI

PlanTool.run(FixtureModel(), commandName: "fixture-plan")
