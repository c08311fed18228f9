import statistics

scores = [88, 92, 79, 93, 85, 92, 71, 88, 92]
print(statistics.mean(scores), statistics.median(scores), statistics.mode(scores))
print(statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]), statistics.multimode('aabbc'))
print(statistics.pstdev(scores), statistics.stdev(scores), statistics.variance(scores), statistics.pvariance(scores))
readings = [2.5, 3.25, 5.0, 1.0, 9.75, 3.25]
print(statistics.mean(readings), statistics.fmean(readings), statistics.stdev(readings))
print(statistics.quantiles(scores, n=4), statistics.quantiles(readings, n=3, method='inclusive'))
print(statistics.geometric_mean([1, 10, 100]), statistics.harmonic_mean([40, 60]))
print(statistics.mean([1, 2, 3, 4]), statistics.mean([0.1] * 10))
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print('StatisticsError', e)
