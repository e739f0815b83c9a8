#!/usr/bin/env bash
# Smoke test of what `./mvnw -Ppackage package` built (run by that build right after jpackage.sh):
# the packaged launcher runs headless commands, the shaded jar's commands load no JavaFX class, and
# the .deb (when built) carries the desktop entry and the file association. Exits non-zero on failure.
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd -P)
root=$(dirname "$here")
name=compute-gap-explorer
image="$root/target/jpackage/$name"
launcher="$image/bin/$name"
essay="$root/scenarios/essay-2024.gapx.json"
bad="$root/src/test/resources/bad/range-sell-share-140.gapx.json"
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
failures=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

check() { # check DESCRIPTION COMMAND...: passes when the command succeeds
    local what=$1
    shift
    if "$@"; then
        printf '[smoke] ok    %s\n' "$what"
    else
        printf '[smoke] FAIL  %s\n' "$what"
        failures=$((failures + 1))
    fi
}

run() { # run ARGS...: runs the launcher, keeping stdout, stderr and the exit status
    "$launcher" "$@" >"$tmp/out" 2>"$tmp/err"
    echo $? >"$tmp/status"
}

check "launcher exists: bin/$name" test -x "$launcher"

run validate "$essay"
check "validate prints ok and exits 0" \
    test "$(cat "$tmp/status"):$(cat "$tmp/out"):$(cat "$tmp/err")" = "0:ok:"

run model "$essay"
check "model prints the header and 5 years" \
    test "$(cat "$tmp/status"):$(head -n 1 "$tmp/out" | cut -d, -f1-2):$(wc -l <"$tmp/out")" = "0:year,hyperscalerCapexUsdB:6"
check "model gives the essay's 2024 gap ratio 6.39375" grep -q '^2024,170.5,170.5,.*,6.39374999' "$tmp/out"

run validate "$bad"
check "a bad file exits 2 with one error line naming the field" \
    test "$(cat "$tmp/status"):$(wc -l <"$tmp/err"):$(grep -c 'depin.sellSharePct = 140 is out of range 0..100' "$tmp/err")" = "2:1:1"

check "the app image has its class-data sharing archive" test -s "$image/lib/app/$name.jsa"

"$image/bin/$name-cli" validate "$essay" >"$tmp/out" 2>"$tmp/err"
check "bin/$name-cli validate prints ok and exits 0" \
    test "$?:$(cat "$tmp/out"):$(cat "$tmp/err")" = "0:ok:"
JAVA_TOOL_OPTIONS=-Xlog:class+load "$image/bin/$name-cli" validate "$essay" >"$tmp/classes" 2>/dev/null
check "bin/$name-cli uses the CDS archive" grep -q 'com.computegap.cli.Cli source: shared objects file' "$tmp/classes"

# The shaded jar: the manifest's main class must run commands without loading JavaFX.
"$java" -verbose:class -jar "$root/target/$name.jar" validate "$essay" >"$tmp/classes" 2>&1
check "java -jar ... validate loads the CLI" grep -q ' com.computegap.cli.Cli ' "$tmp/classes"
check "java -jar ... validate loads no JavaFX class" bash -c "! grep -E ' (javafx|com\.sun\.javafx)\.' '$tmp/classes'"

deb=$(ls "$root"/target/jpackage/*.deb 2>/dev/null | head -n 1)
if [[ -n "$deb" ]]; then
    dpkg-deb -x "$deb" "$tmp/deb"
    dpkg-deb -e "$deb" "$tmp/deb/DEBIAN"
    desktop="$tmp/deb/opt/$name/lib/$name-$name.desktop"
    mime="$tmp/deb/opt/$name/lib/$name-$name-MimeInfo.xml"
    check ".deb: desktop entry named Compute Gap Explorer" grep -qx 'Name=Compute Gap Explorer' "$desktop"
    check ".deb: desktop entry passes the file: Exec=... %f" grep -qx "Exec=/opt/$name/bin/$name %f" "$desktop"
    check ".deb: desktop entry declares the scenario mime type" grep -qx 'MimeType=application/x-gapx+json' "$desktop"
    check ".deb: shared-mime-info glob *.gapx.json" grep -q '<glob pattern="\*.gapx.json"' "$mime"
    check ".deb: postinst registers the desktop entry" grep -q 'xdg-desktop-menu install' "$tmp/deb/DEBIAN/postinst"
    check ".deb: postinst makes the CDS archive from the class list" grep -q 'SharedClassListFile' "$tmp/deb/DEBIAN/postinst"
    check ".deb: the class list is packaged" test -s "$tmp/deb/opt/$name/lib/app/$name.classlist"
    check ".deb: icon installed" test -s "$tmp/deb/opt/$name/lib/$name.png"
    check ".deb: the headless shell launcher is included" test -x "$tmp/deb/opt/$name/bin/$name-cli"
else
    echo "[smoke] no .deb was built (see the jpackage step's message); its checks are skipped"
fi

if ((failures > 0)); then
    echo "[smoke] $failures check(s) failed"
    exit 1
fi
echo "[smoke] all checks passed"
