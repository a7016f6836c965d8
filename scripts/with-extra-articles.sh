#!/usr/bin/env bash
# The whole test suite on a copy of the project with two more articles in seeds/:
# one that sorts before the seed and has no metadata, one that sorts after it with
# metadata naming another outlet and a person the seed article also quotes. A test or
# page that assumes one article, or that the seed is the first, fails here.
# Usage: scripts/with-extra-articles.sh [pytest arguments]   (make test-extra)
# EXTRA_WITH_METADATA=<slug> names the article with metadata otherwise: a slug before
# "cambodian-workers-japan" (EXTRA_WITH_METADATA=asean-returnees make test-extra) puts
# both extra articles ahead of the seed.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/explainer-extra.XXXXXX")"
trap 'rm -rf "$work"' EXIT
cd "$root"
git ls-files -z | while IFS= read -r -d '' file; do
  if [ -e "$file" ] && [ ! -L "$file" ]; then
    mkdir -p "$work/$(dirname "$file")" && cp -p "$file" "$work/$file"
  fi
done
# the shared installs, as in the project (never copied: large, and read-only here)
for link in .venv .venv-zensical tests/vnu/node_modules; do
  if [ -e "$root/$link" ]; then ln -s "$root/$link" "$work/$link"; fi
done

cat > "$work/seeds/apparel-orders.txt" <<'TXT'
Garment exporters in Kampong Speu said on Monday that orders for the first quarter had fallen by about 12 per cent compared with a year earlier.

"We are cutting the second shift at two of our factories, but nobody will lose their job," said Sok Dara, a spokeswoman for the Kampong Speu Garment Exporters Group.

She added that the group expected orders to recover by September, when buyers in Europe place their winter contracts.

Union leader Chea Vanna disagreed. "Workers have heard that promise every year since 2020," he said. "Without the second shift, a family loses $60 a month."

The Ministry of Labour said in a statement that it would meet both sides next week.

According to the ministry, 41 factories in the province employ about 38,000 workers, most of them women.
TXT

late="${EXTRA_WITH_METADATA:-returnees-skills}"
cat > "$work/seeds/$late.txt" <<'TXT'
Cambodian workers returning from Japan need a plan that uses the skills they learned there, labour-rights group CENTRAL said on Tuesday.

"Every year hundreds of trainees come home with skills and find no job that asks for them," said Moeun Tola, executive director of CENTRAL.

Tola said the government should count how many workers return each year and which trades they learned.

A labour ministry spokesman said a survey of 2,500 returnees would start in March 2024.
TXT

cat > "$work/seeds/$late.yml" <<'YML'
title: Rights group asks for a plan for workers back from Japan
outlet: Khmer Daily Test
url: https://khmerdaily.test/news/returnees-skills
published: 2024-01-09
language: en
people:
  - name: Moeun Tola
    role: Executive Director of CENTRAL
    organisation: CENTRAL
    aliases: [Tola]
    pronoun: he
organisations:
  - name: Center for Alliance of Labor and Human Rights
    abbreviation: CENTRAL
    role: Cambodian NGO giving workers legal aid
YML

cd "$work"
export EXPLAINER_GIT_ROOT="$root"  # the checkout this copy came from, for tests that ask git
echo "with-extra-articles: $(ls seeds/*.txt | wc -l) articles in $work/seeds" >&2
make export >/dev/null
.venv/bin/python -m pytest "$@"
