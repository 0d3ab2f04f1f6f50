#!/usr/bin/env bash
# Sets the version of every module, the BOM (which has no parent) included, and of the dependency samples in the
# READMEs (ReadmeVersionTest holds them to it): release/set-version.sh NEW [DIR]
# Every pom of ours names the current version exactly once, as its own or its parent's; nothing else uses that string.
set -euo pipefail
new=$1
dir=${2:-$(cd "$(dirname "$0")/.." && pwd)}
current=$(sed -n 's|^  <version>\(.*\)</version>|\1|p' "$dir/pom.xml" | head -1)
grep -rl --include=pom.xml --include=README.md --exclude-dir=target --exclude-dir=node_modules "<version>$current</version>" "$dir" \
    | xargs sed -i "s|<version>$current</version>|<version>$new</version>|"
echo "$current -> $new"
