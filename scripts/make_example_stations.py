#!/usr/bin/env python3
"""Writes data/example_stations.csv: 200 toy "station" temperature anomalies (K) for the README's
conditioning example. Stations are placed uniformly at random on the sphere (
seed 2024); the value is a smooth pattern (warm Arctic, cool tropics, a wave in longitude) plus
N(0, 0.2²) noise, and sigma = 0.2 K. It is NOT real data.
"""
import math
import os
import random

random.seed(2024)
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
with open(os.path.join(root, "data", "example_stations.csv"), "w") as f:
    f.write("# toy station anomalies (not real data), made by scripts/make_example_stations.py\n")
    f.write("lat,lon,value,sigma\n")
    for _ in range(200):
        lat = math.degrees(math.asin(2.0 * random.random() - 1.0))
        lon = 360.0 * random.random()
        s = math.sin(math.radians(lat))
        pattern = 1.5 * s * s * s + 0.6 * math.cos(math.radians(lat)) * math.cos(3.0 * math.radians(lon))
        f.write(f"{lat:.3f},{lon:.3f},{pattern + random.gauss(0.0, 0.2):.3f},0.2\n")
