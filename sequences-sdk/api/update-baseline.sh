#!/usr/bin/env bash
# Regenerates the API baseline the compatibility gate compares against (sequences-sdk/README.md, "Compatibility gate"):
# builds the SDK jar as it is now and commits nothing; review `git diff --stat` and commit the jar with the release
# (or major-version change) it belongs to.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -ntp -q -pl sequences-sdk -am package -DskipTests -Djapicmp.skip=true -Dmaven.javadoc.skip=true -Dmaven.source.skip=true -DskipPrismInstall=true
version=$(sed -n 's|^  <version>\(.*\)</version>|\1|p' pom.xml | head -1)
cp "sequences-sdk/target/unify-sequences-sdk-$version.jar" sequences-sdk/api/unify-sequences-sdk-baseline.jar
# The gate breaks the build only while the project's major version is the baseline's (sequences-sdk/pom.xml).
sed -i "s|<api.baseline.major>.*</api.baseline.major>|<api.baseline.major>${version%%.*}</api.baseline.major>|" \
    sequences-sdk/pom.xml
echo "sequences-sdk/api/unify-sequences-sdk-baseline.jar <- unify-sequences-sdk-$version.jar"
