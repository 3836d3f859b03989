// `city-plan`: the city roll-up (report, template, validate, batch; exit codes 0 / 64 / 65 / 70 / 73).
import ReductionCity

CityTool.run()
