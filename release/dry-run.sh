#!/usr/bin/env bash
# Release dry run (README, "Releasing"): builds a copy of the work tree at the release version, stages the Central
# bundle under target/release-dry-run/target/central-staging (and central-publishing/central-bundle.zip), uploads
# nothing, installs nothing into the local repository, and checks the bundle with CentralBundleCheck. The work tree
# itself is not changed. `verify` runs it (consumer-tests, execution release-dry-run).
#
#   release/dry-run.sh [--throwaway-key] [--offline[=true|false]] [maven arguments...]
#
# -Dgpg.keyname=KEY among the maven arguments signs with that key. --throwaway-key signs with a key made for this run
# in a temporary GNUPGHOME when gpg is on PATH (what `verify` does, so signing and the .asc checks run on every
# build), and says clearly that signing was skipped when it is not.
#
# --offline (what `verify` passes when it runs with -o) builds the copy from the local repository alone. Maven's
# own -o cannot do that: the publishing plugin's goal requires online mode and is skipped offline, staging nothing. So
# the copy runs online with every repository mirrored to a closed local port: anything the local repository lacks
# fails fast instead of being fetched. (The mirror takes the id "central", under which Maven recorded what it fetched.)
set -euo pipefail
cd "$(dirname "$0")/.."
PUBLISHED=unify-sequences-parent,unify-sequences-openapi,unify-sequences-generated-client,unify-sequences-sdk,unify-sequences-sandbox,unify-sequences-bom

args=()
throwaway=false
offline=false
while [[ ${1:-} == --throwaway-key || ${1:-} == --offline* ]]; do
    case $1 in
        --throwaway-key) throwaway=true ;;
        --offline | --offline=true) offline=true ;;
        --offline=false) ;;
        *) echo "release dry run: unknown option $1" >&2 && exit 2 ;;
    esac
    shift
done
if $throwaway; then
    if command -v gpg >/dev/null && command -v gpgconf >/dev/null; then
        # A short path: gpg-agent's socket lives in GNUPGHOME, and socket paths are limited to about 100 bytes.
        GNUPGHOME=$(mktemp -d /tmp/dry-run-gpg.XXXXXX)
        export GNUPGHOME
        trap 'gpgconf --kill all >/dev/null 2>&1 || true; rm -rf "$GNUPGHOME"' EXIT
        gpg --batch --quiet --passphrase '' \
            --quick-generate-key 'Unify Sequences release dry run <dry-run@example.invalid>' ed25519 sign 1d
        key=$(gpg --batch --with-colons --list-secret-keys | awk -F: '$1 == "fpr" {print $10; exit}')
        echo "release dry run: signing with throwaway key $key (GNUPGHOME=$GNUPGHOME, removed afterwards)"
        args+=("-Dgpg.keyname=$key" "-Dgpg.homedir=$GNUPGHOME")
    else
        echo "release dry run: SIGNING SKIPPED: gpg is not on PATH, so no .asc files are made or checked;" \
            "the bundle is checked unsigned" >&2
    fi
fi
args+=("$@")

snapshot=$(sed -n 's|^  <version>\(.*\)</version>|\1|p' pom.xml | head -1)
release=${snapshot%-SNAPSHOT}
copy=target/release-dry-run
rm -rf "$copy" && mkdir -p "$copy"
git ls-files -z -co --exclude-standard | xargs -0 tar -cf - | tar -xf - -C "$copy"
release/set-version.sh "$release" "$copy"
cd "$copy"
settings=release/dry-run-settings.xml
if $offline; then
    settings=target/dry-run-offline-settings.xml
    mkdir -p target
    sed 's|</servers>|</servers>\n  <mirrors><mirror><id>central</id><mirrorOf>*</mirrorOf><url>http://127.0.0.1:9/offline</url></mirror></mirrors>|' \
        release/dry-run-settings.xml >"$settings"
fi
# The outer build ran the tests, the format check and the compatibility gate on the same sources; this one stages.
./mvnw -B -ntp -s "$settings" -Prelease -Dcentral.dryRun=true -DskipTests -DskipITs=true \
    -DskipPrismInstall=true -Dmaven.install.skip=true -Djapicmp.skip=true -Dspotless.check.skip=true \
    -pl openapi,generated-client,sequences-sdk,sequences-sandbox,bom -am "${args[@]}" deploy
signed=()
if [[ " ${args[*]} " == *" -Dgpg.keyname="* ]]; then signed=(--signed); fi
java release/CentralBundleCheck.java target/central-staging "$PUBLISHED" "${signed[@]}"

# The check itself is checked: a copy of the bundle with one fault of each kind it knows must be refused, each named.
broken=target/central-staging-broken
rm -rf "$broken" && cp -r target/central-staging "$broken"
sdk=$(find "$broken" -type d -path '*/unify-sequences-sdk/*' | head -1)
rm "$sdk"/*-sources.jar
echo 0 >"$(ls "$sdk"/*.pom.sha1)"
sed -i 's|</project>|<!-- 1.0-SNAPSHOT --></project>|' "$(find "$broken" -name 'unify-sequences-openapi-*.pom')"
sed -i 's|<artifactId>unify-sequences-sandbox</artifactId>|<artifactId>elsewhere</artifactId>|' \
    "$(find "$broken" -name 'unify-sequences-bom-*.pom')"
sed -i 's| child.project.url.inherit.append.path="false"||' "$(find "$broken" -name 'unify-sequences-parent-*.pom')"
sandbox_jar=$(find "$broken" -name 'unify-sequences-sandbox-*[0-9].jar')
cp "${sandbox_jar%.jar}-sources.jar" "$sandbox_jar"   # a jar without META-INF/LICENSE
if [[ ${#signed[@]} -gt 0 ]]; then echo tampered >>"$(ls "$sdk"/*[0-9].jar)"; fi
if report=$(java release/CentralBundleCheck.java "$broken" "$PUBLISHED" "${signed[@]}"); then
    echo "release dry run: CentralBundleCheck accepted a broken bundle:" >&2
    echo "$report" >&2
    exit 1
fi
expected=("-sources.jar" ".pom.sha1: does not match" "names a SNAPSHOT" "does not pin unify-sequences-sandbox"
    "lacks child.project.url.inherit.append.path" "no META-INF/LICENSE")
if [[ ${#signed[@]} -gt 0 ]]; then expected+=("gpg --verify fails"); fi
for problem in "${expected[@]}"; do
    if ! grep -q -- "PROBLEM .*$problem" <<<"$report"; then
        echo "release dry run: CentralBundleCheck did not name the fault '$problem' in a broken bundle:" >&2
        echo "$report" >&2
        exit 1
    fi
done
echo "release dry run: CentralBundleCheck refuses a bundle with each fault it checks (${#expected[@]} faults)."
