#!/usr/bin/env bash
# Release dry run (README, "Releasing"): builds a copy of the work tree at the release version, stages the Central
# bundle under target/release-dry-run/target/central-staging (and central-publishing/central-bundle.zip), uploads
# nothing, and checks the bundle with CentralBundleCheck. With -Dgpg.keyname=KEY among the arguments it signs too.
# The work tree itself is not changed.
set -euo pipefail
cd "$(dirname "$0")/.."
PUBLISHED=unify-sequences-parent,unify-sequences-openapi,unify-sequences-generated-client,unify-sequences-sdk,unify-sequences-sandbox,unify-sequences-bom
snapshot=$(sed -n 's|^  <version>\(.*\)</version>|\1|p' pom.xml | head -1)
release=${snapshot%-SNAPSHOT}
copy=target/release-dry-run
rm -rf "$copy" && mkdir -p "$copy"
git ls-files -z -co --exclude-standard | xargs -0 tar -cf - | tar -xf - -C "$copy"
release/set-version.sh "$release" "$copy"
cd "$copy"
./mvnw -B -ntp -s release/dry-run-settings.xml -Prelease -Dcentral.dryRun=true -DskipTests -DskipITs=true \
    -DskipPrismInstall=true -pl openapi,generated-client,sequences-sdk,sequences-sandbox,bom -am "$@" deploy
signed=()
if [[ " $* " == *" -Dgpg.keyname="* ]]; then signed=(--signed); fi
java release/CentralBundleCheck.java target/central-staging "$PUBLISHED" "${signed[@]}"
