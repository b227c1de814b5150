#!/usr/bin/env bash
# Rebuilds the bundled stance model from the corpus, byte for byte: trained on data/stance/*.jsonl, its decision
# bands chosen on the development sets of the two crises (dev-gold of corpus/, iran-dev, iran-dev2, iran-dev3,
# crisis2-dev, crisis2-dev2, crisis2-dev3; never on a locked set, nor on iran-dev4 to iran-dev49, attribution-dev and crisis2-dev4, kept out of that choice, nor
# on crisis3-dev, kept out of crisis).
# usage: data/stance/build-model.sh [OUTPUT]   (default: src/main/resources/reactions/stance/model.bin)
# Needs target/reactions.jar (mvn -B -q package -DskipTests).
set -euo pipefail
cd "$(dirname "$0")/../.."
eval_dir=src/test/resources/eval
exec ./reactions train-stance data/stance/*.jsonl \
  --calibrate "$eval_dir/dev-gold.json" "$eval_dir/iran-dev/gold.json" "$eval_dir/iran-dev2/gold.json" \
  "$eval_dir/iran-dev3/gold.json" "$eval_dir/crisis2-dev/gold.json" "$eval_dir/crisis2-dev2/gold.json" \
  "$eval_dir/crisis2-dev3/gold.json" --articles corpus \
  -o "${1:-src/main/resources/reactions/stance/model.bin}"
