"""Generate resources/reports/zones.geojson: the synthetic demo city Meerhoven's twelve neighbourhoods
(a jittered 4 x 3 grid of quadrilaterals sharing their edges) and its boundary. Run once; the output is
committed. Synthetic: Meerhoven does not exist."""
import json
import random

rng = random.Random(15)
LAT0, LON0 = 51.000, 3.820   # south-west corner
DLAT, DLON = 0.018, 0.026    # ~2.0 km x ~1.8 km per cell
ROWS, COLS = 3, 4
names = ["Meersbeke", "Kouter", "Molenwijk", "Vlasveld", "Stationswijk", "Centrum", "Begijnhof", "Scheldeoever",
         "Noordkouter", "Lindenhof", "Akkerveld", "Meerhoven-Oost"]
V = {}
for r in range(ROWS + 1):
    for c in range(COLS + 1):
        k = 0.22 if 0 < r < ROWS and 0 < c < COLS else 0.08  # the city's edge stays near the grid
        jlat, jlon = rng.uniform(-k, k) * DLAT, rng.uniform(-k, k) * DLON
        V[r, c] = (round(LAT0 + r * DLAT + jlat, 6), round(LON0 + c * DLON + jlon, 6))
feats = []
i = 0
for r in range(ROWS):
    for c in range(COLS):
        ring = [V[r, c], V[r, c + 1], V[r + 1, c + 1], V[r + 1, c], V[r, c]]
        feats.append({"type": "Feature", "properties": {"kind": "sector", "code": f"MH{r}{c}", "name": names[i]},
                      "geometry": {"type": "Polygon", "coordinates": [[[lon, lat] for lat, lon in ring]]}})
        i += 1
outer = [V[0, c] for c in range(COLS + 1)] + [V[r, COLS] for r in range(1, ROWS + 1)] + \
        [V[ROWS, c] for c in range(COLS - 1, -1, -1)] + [V[r, 0] for r in range(ROWS - 1, -1, -1)]
feats.insert(0, {"type": "Feature", "properties": {"kind": "boundary", "code": "meerhoven", "name": "Meerhoven"},
                 "geometry": {"type": "Polygon", "coordinates": [[[lon, lat] for lat, lon in outer]]}})
doc = {"type": "FeatureCollection",
       "_comment": "Synthetic neighbourhoods of the demo city Meerhoven (which does not exist), drawn as a jittered "
                   "grid. A real city puts its statistical sectors (Statbel) or neighbourhoods here, WGS84 "
                   "[lon, lat] as GeoJSON says. kind: boundary (one: the city's edge, for 'outside the city') or "
                   "sector (a zone of the dashboard and of routing rules; code: short, unique).",
       "grid_m": 500, "features": feats}
print(json.dumps(doc, ensure_ascii=False, indent=1))
