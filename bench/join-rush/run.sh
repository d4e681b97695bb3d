#!/usr/bin/env bash
# Runs the join-rush benchmark against the packaged production build (build it first: mvn -DskipTests package).
# Needs Debian's chromium, Node and the mariadb client; installs playwright-core here (no browser download).
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(cd ../.. && pwd)
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin
DATA=$(mktemp -d)
PORT=${PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
npm install --no-package-lock --no-audit --no-fund >/dev/null
MANABIBA_DATA_DIR=$DATA PORT=$PORT "$JAVA/java" -Xmx1g -jar "$ROOT/web/target/manabiba.jar" > "$DATA/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null; rm -rf "$DATA"' EXIT
until curl -sf "http://localhost:$PORT/actuator/health" >/dev/null; do sleep 1; done
until grep -q "Demo programme created\|sign in as one of" "$DATA/app.log"; do sleep 1; done
DB_PORT=$(grep -o "MariaDB started in [0-9]* ms on port [0-9]*" "$DATA/app.log" | awk '{print $NF}')
SESSION=$(mariadb --skip-ssl -h127.0.0.1 -P"$DB_PORT" -uroot manabiba -N < seed.sql | tail -1)
heap() { "$JAVA/jcmd" $APP GC.run >/dev/null; sleep 1; "$JAVA/jcmd" $APP GC.heap_info | grep -o 'used [0-9]*K' | head -1 | grep -o '[0-9]*'; }
BEFORE=$(heap)
coproc RUSH { node join-rush.mjs "http://localhost:$PORT" "$SESSION"; }
while read -r line <&"${RUSH[0]}"; do
  echo "$line"
  case "$line" in
    READY) OPEN=$(heap); echo "heap after GC: ${BEFORE}K before the children, ${OPEN}K with tutor + 40 children signed in"
           echo "per open child session: $(( (OPEN - BEFORE) / 41 ))K"; echo go >&"${RUSH[1]}" ;;
    DONE) echo "heap after GC after the rush: $(heap)K"; echo bye >&"${RUSH[1]}" ;;
  esac
done
exit 0
