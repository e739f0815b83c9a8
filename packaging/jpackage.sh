#!/usr/bin/env bash
# Builds the Linux app image and .deb of Compute Gap Explorer with JDK 17's jlink and jpackage.
# Run by `./mvnw -Ppackage package` after the shaded jar exists; usable alone as
#   packaging/jpackage.sh VERSION
# Output: target/jpackage/compute-gap-explorer/ (app image) and target/jpackage/*.deb.
# The .deb is skipped, with a message, when dpkg-deb or fakeroot is missing.
set -euo pipefail

version=${1:?usage: packaging/jpackage.sh VERSION}
here=$(cd "$(dirname "$0")" && pwd -P)
root=$(dirname "$here")
out="$root/target/jpackage"
name=compute-gap-explorer
jar="$root/target/$name.jar"
bin=${JAVA_HOME:+$JAVA_HOME/bin/}
# What the .deb step needs; overridable to try the skip path (DPKG_DEB=/nonexistent).
dpkg_deb=${DPKG_DEB:-dpkg-deb}
fakeroot=${FAKEROOT:-fakeroot}

# Modules of the runtime: jdeps on the shaded jar, plus what JavaFX and the GUI reach by reflection
# or service lookup (logging, XML, preferences) and the Japanese locale data for the ja bundle;
# java.management for the start-up probe (the JVM's start time).
modules=java.base,java.desktop,java.logging,java.management,java.xml,java.sql,java.prefs,jdk.jfr,jdk.unsupported,jdk.unsupported.desktop,jdk.localedata

log() { printf '[jpackage] %s\n' "$*"; }

[[ -f "$jar" ]] || { echo "[jpackage] error: $jar is missing; run the package phase first" >&2; exit 1; }
rm -rf "$out"
mkdir -p "$out/input"
cp "$jar" "$out/input/"
# An example scenario beside the jar: users can open it, and the .deb's postinst trains the CDS archive on it.
cp "$root/scenarios/essay-2024.gapx.json" "$out/input/"

log "jlink: runtime with $modules"
"${bin}jlink" --add-modules "$modules" --include-locales=en,ja \
    --strip-debug --no-man-pages --no-header-files --compress=2 \
    --generate-cds-archive --output "$out/runtime" >/dev/null

# -Xshare:auto with a dynamic CDS archive (made below for the app image, by postinst for the .deb)
# cuts the start of headless commands; -Xlog:cds=off keeps a stale archive (an app image moved
# elsewhere) from printing warnings into command output: the JVM then just starts without it.
log "jpackage: app image"
"${bin}jpackage" --type app-image --dest "$out" \
    --name "$name" --app-version "$version" \
    --description "Can token incentives fund AI compute on the hyperscalers' scale?" \
    --vendor "Compute Gap Explorer" \
    --input "$out/input" --main-jar "$name.jar" --main-class com.computegap.app.Launcher \
    --runtime-image "$out/runtime" \
    --icon "$here/icons/icon-256.png" \
    --java-options "-XX:SharedArchiveFile=\$APPDIR/$name.jsa" \
    --java-options -Xshare:auto \
    --java-options -Xlog:cds=off \
    --java-options -Xlog:cds+dynamic=off
image="$out/$name"

# A shell launcher for the headless commands. JDK 17's native launcher asks rpm and dpkg which
# package owns it on every start, which costs a few hundred milliseconds; this one starts the
# bundled runtime directly, with the same class path (so the same CDS archive applies).
cat >"$image/bin/$name-cli" <<'SH'
#!/bin/sh
# Runs Compute Gap Explorer's headless commands (model, validate, help) with the bundled runtime.
app=$(cd "$(dirname "$(readlink -f "$0")")/../lib/app" && pwd -P)
exec "$app/../runtime/bin/java" -XX:SharedArchiveFile="$app/compute-gap-explorer.jsa" -Xshare:auto \
    -Xlog:cds=off -Xlog:cds+dynamic=off -cp "$app/compute-gap-explorer.jar" com.computegap.app.Launcher "$@"
SH
chmod 755 "$image/bin/$name-cli"

# The app image's CDS archive. Its class list comes from a real start of the window (under the
# current display, or a private Xvfb when one is installed) and from a headless command, so both
# the window and the commands start from the archive. The list ships in the app (the .deb's
# postinst dumps its own archive from it, since a JDK 17 archive records the jar's absolute path).
log "CDS class list for the app image and the .deb"
list="$image/lib/app/$name.classlist"
java_bin="$image/lib/runtime/bin/java"
app_jar="$image/lib/app/$name.jar"
"$java_bin" -XX:DumpLoadedClassList="$list.headless" -Xshare:off -cp "$app_jar" com.computegap.app.Launcher \
    model "$image/lib/app/essay-2024.gapx.json" >/dev/null
xvfb_pid=""
if [[ -z "${DISPLAY:-}" ]] && command -v Xvfb >/dev/null 2>&1; then
    export DISPLAY=:$((70 + RANDOM % 20))
    Xvfb "$DISPLAY" -screen 0 1600x1000x24 >/dev/null 2>&1 & xvfb_pid=$!
    sleep 1
fi
if [[ -n "${DISPLAY:-}" ]] && timeout 60 "$java_bin" -XX:DumpLoadedClassList="$list.window" -Xshare:off \
        -Dgapx.startupProbe=true -cp "$app_jar" com.computegap.app.Launcher >/dev/null 2>&1; then
    log "class list includes a start of the window"
else
    log "no display and no Xvfb: the class list covers the headless commands only (the window starts slower)"
    : >"$list.window"
fi
[[ -n "$xvfb_pid" ]] && kill "$xvfb_pid" 2>/dev/null
cat "$list.headless" "$list.window" | grep -v '^#' | awk '!seen[$0]++' >"$list"
rm -f "$list.headless" "$list.window"

if command -v "$dpkg_deb" >/dev/null 2>&1 && command -v "$fakeroot" >/dev/null 2>&1; then
    log "jpackage: .deb (takes a minute or two: dpkg-deb compresses about 90 MB)"
    "${bin}jpackage" --type deb --dest "$out" --temp "$out/deb-build" \
        --app-image "$image" --name "$name" --app-version "$version" \
        --description "Can token incentives fund AI compute on the hyperscalers' scale?" \
        --vendor "Compute Gap Explorer" \
        --install-dir /opt \
        --resource-dir "$here/linux" \
        --file-associations "$here/file-associations.properties" \
        --linux-shortcut --linux-menu-group Office --linux-app-category misc \
        --linux-deb-maintainer "maintainers@compute-gap-explorer.invalid"
    rm -rf "$out/deb-build"
    log "built $(ls "$out"/*.deb)"
else
    log "SKIPPED the .deb: it needs dpkg-deb and fakeroot on the PATH (Debian/Ubuntu: apt-get install dpkg-dev fakeroot)."
    log "The app image is complete without it."
fi

# The archive itself, made after the .deb so the package does not carry one whose recorded jar path
# (this folder) would not match /opt.
"$java_bin" -Xshare:dump -XX:SharedClassListFile="$list" -XX:SharedArchiveFile="$image/lib/app/$name.jsa" \
    -cp "$app_jar" >/dev/null 2>&1 || log "CDS dump failed: the app works, it only starts slower"
log "built $image ($(du -sh "$image" | cut -f1))"
