#!/usr/bin/env bash
# Plain harness for the foundation's figures in docs/benchmarks.md: server boot + EAR deploy
# time, EAR size and server RSS after deploy. Run after a build (./mvnw package -DskipTests);
# it copies the provisioned server to a scratch directory so the build's copy stays clean.
#   docs/measure-startup.sh [runs]      (default 3 runs; the first on an empty database)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
ear=ear/target/unionworks.ear
server=$(ls -d ear/target/server/wildfly-* | head -1)
scratch=$(mktemp -d)
trap 'pkill -f "$scratch" || true; rm -rf "$scratch"' EXIT
cp -r "$server" "$scratch/wildfly"
# a server the run profile used remembers its deployment in standalone.xml: deploy by scanner only
sed -i '/<deployments>/,/<\/deployments>/d' "$scratch/wildfly/standalone/configuration/standalone.xml"
cp "$ear" "$scratch/wildfly/standalone/deployments/"
echo "EAR size: $(du -k "$ear" | cut -f1) KiB"
for i in $(seq 1 "$runs"); do
    log="$scratch/wildfly/standalone/log/server.log"
    rm -f "$log"
    start=$(date +%s%N)
    "$scratch/wildfly/bin/standalone.sh" -Dunionworks.demo=true -Dunionworks.data.dir="$scratch/data" \
        -Djboss.socket.binding.port-offset=300 > "$scratch/out.log" 2>&1 &
    until grep -q -E 'WFLYSRV0025|WFLYSRV0026|WFLYSRV0056' "$log" 2>/dev/null; do sleep 0.2; done
    end=$(date +%s%N)
    pid=$(pgrep -f "D\[Standalone\].*$scratch" | head -1 || true)
    rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
    status=$(grep -o -E 'WFLYSRV002[56]: [^(]*' "$log" | head -1)
    echo "run $i: boot+deploy $(( (end - start) / 1000000 )) ms (wall, from launch to 'started'), RSS $((rss / 1024)) MiB — $status"
    kill "$pid"; while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
done
