#!/usr/bin/env bash
# Fills the store DB (a path without .mv.db) with a sample profile, 18 stock items and a 3-day plan
# (PLAN_DAYS=7 for a longer one), through the fridge command: scripts/sample-store.sh DB. For
# screenshots and benchmarks.
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
db=${1:?usage: scripts/sample-store.sh DB}
fridge() { "$root/fridge" --db "$db" "$@" >/dev/null; }
fridge profile set --sex female --age 34 --height 168 --weight 64 --activity moderate --goal lose --rate 0.4 \
  --diet omnivore --allergies peanuts --dislikes olives
csv=$(mktemp --suffix=.csv)
trap 'rm -f "$csv"' EXIT
cat > "$csv" <<'CSV'
name,quantity,unit,location,expires
chicken breast,600,g,fridge,+1d
eggs,10,pcs,fridge,+12d
milk,1,l,fridge,+4d
творог,400,g,fridge,+2d
сметана,200,g,fridge,+6d
greek yogurt,500,g,fridge,+8d
cheddar cheese,200,g,fridge,+20d
tomatoes,4,pcs,fridge,+3d
spinach,150,g,fridge,+1d
carrots,500,g,fridge,+14d
salmon,350,g,freezer,+60d
frozen peas,400,g,freezer,+120d
гречка,800,g,pantry,
rolled oats,500,g,pantry,+150d
rice,1,kg,pantry,+300d
onions,5,pcs,pantry,+30d
potatoes,1.5,kg,pantry,+25d
olive oil,250,ml,pantry,+200d
CSV
fridge import "$csv"
fridge plan --days "${PLAN_DAYS:-3}"
