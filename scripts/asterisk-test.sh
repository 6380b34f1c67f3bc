#!/usr/bin/env bash
# Starts a real Asterisk for Portal's Asterisk tests and the ARI recorder, with a configuration of its own in a
# temporary folder: ARI on a loopback port, the Stasis application "portal", and test dialplan contexts in which Local
# channels stand in for phones and customers (docs/asterisk.md explains each context).
#
#   PORTAL_ASTERISK_PREFIX=/opt/asterisk scripts/asterisk-test.sh up     # prints: asterisk-test: ari <url> <user> <password> dir <folder>
#   scripts/asterisk-test.sh down <folder>
#   scripts/asterisk-test.sh restart <folder>                             # kill -9 and start again (a PBX restart mid-call)
#   scripts/asterisk-test.sh start <folder>                               # start again one that was stopped with down
#
# PORTAL_ASTERISK_PREFIX is where an Asterisk build is installed (its sbin/asterisk and lib/asterisk/modules). Without
# it the script says so and exits 0 with "asterisk-test: skipped", so callers can skip their tests.
set -euo pipefail

command="${1:-up}"
prefix="${PORTAL_ASTERISK_PREFIX:-}"
if [ -z "$prefix" ]; then
  echo "asterisk-test: skipped: set PORTAL_ASTERISK_PREFIX to an Asterisk install prefix (with sbin/asterisk) to run against a real Asterisk"
  exit 0
fi
if [ ! -x "$prefix/sbin/asterisk" ]; then
  echo "asterisk-test: $prefix/sbin/asterisk is missing; PORTAL_ASTERISK_PREFIX must name an Asterisk install prefix" >&2
  exit 1
fi
modules=$(ls -d "$prefix"/lib/asterisk/modules "$prefix"/lib64/asterisk/modules 2>/dev/null | head -n 1 || true)
# Asterisk's XML documentation: its core refuses to start its Stasis message bus without it.
documentation=$(ls -d "$prefix"/var/lib/asterisk/documentation "$prefix"/share/asterisk/documentation 2>/dev/null | head -n 1 || true)

free_port() {
  python3 - <<'PY' 2>/dev/null || echo $((20000 + RANDOM % 20000))
import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()
PY
}

# A second of silence as an 8 kHz 16-bit mono WAV: music on hold and the test sounds need files to play.
write_silence() {
  local file=$1
  {
    printf 'RIFF'; printf '\x44\x3e\x00\x00'; printf 'WAVEfmt '
    printf '\x10\x00\x00\x00\x01\x00\x01\x00\x40\x1f\x00\x00\x80\x3e\x00\x00\x02\x00\x10\x00'
    printf 'data'; printf '\x80\x3e\x00\x00'
    head -c 16000 /dev/zero
  } > "$file"
}

start() {
  local dir=$1
  "$prefix/sbin/asterisk" -C "$dir/etc/asterisk.conf" -f -n -q > "$dir/log/console.log" 2>&1 &
  echo $! > "$dir/asterisk.pid"
  local port
  port=$(cat "$dir/http.port")
  for _ in $(seq 1 150); do
    if curl -sf -o /dev/null -u "portal:$(cat "$dir/ari.password")" "http://127.0.0.1:$port/ari/asterisk/info"; then
      return 0
    fi
    if ! kill -0 "$(cat "$dir/asterisk.pid")" 2>/dev/null; then
      echo "asterisk-test: Asterisk exited at start; see $dir/log/console.log" >&2
      tail -n 20 "$dir/log/console.log" >&2
      return 1
    fi
    sleep 0.2
  done
  echo "asterisk-test: ARI did not answer on port $port; see $dir/log/console.log" >&2
  return 1
}

stop() {
  local dir=$1 signal=${2:-TERM}
  if [ -f "$dir/asterisk.pid" ]; then
    local pid
    pid=$(cat "$dir/asterisk.pid")
    kill "-$signal" "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
    rm -f "$dir/asterisk.pid"
  fi
}

case "$command" in
  up)
    dir=$(mktemp -d /tmp/portal-asterisk.XXXXXX)
    mkdir -p "$dir"/{etc,lib/sounds/en,lib/moh,spool/recording,run,log}
    port=${PORTAL_ASTERISK_HTTP_PORT:-$(free_port)}
    echo "$port" > "$dir/http.port"
    password=$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')
    echo "$password" > "$dir/ari.password"
    ln -s "$documentation" "$dir/lib/documentation"
    write_silence "$dir/lib/moh/silence.wav"
    write_silence "$dir/lib/sounds/en/portal-test-message.wav"
    write_silence "$dir/lib/sounds/en/voicemail-message.wav"

    cat > "$dir/etc/asterisk.conf" <<EOF
[directories]
astetcdir => $dir/etc
astmoddir => $modules
astvarlibdir => $dir/lib
astdbdir => $dir/lib
astkeydir => $dir/lib
astdatadir => $dir/lib
astagidir => $dir/lib/agi-bin
astspooldir => $dir/spool
astrundir => $dir/run
astlogdir => $dir/log
astsbindir => $prefix/sbin

[options]
verbose = 3
nofork = yes
EOF
    # Only what Portal's ARI use needs: no channel driver listens on a network port.
    cat > "$dir/etc/modules.conf" <<'EOF'
[modules]
autoload = no
load => res_timing_timerfd.so
load => res_http_websocket.so
load => res_websocket_client.so
load => res_sorcery_config.so
load => res_sorcery_memory.so
load => res_stasis.so
load => res_stasis_answer.so
load => res_stasis_playback.so
load => res_stasis_recording.so
load => res_stasis_snoop.so
load => res_stasis_device_state.so
load => res_ari.so
load => res_ari_model.so
load => res_ari_applications.so
load => res_ari_asterisk.so
load => res_ari_bridges.so
load => res_ari_channels.so
load => res_ari_device_states.so
load => res_ari_endpoints.so
load => res_ari_events.so
load => res_ari_playbacks.so
load => res_ari_recordings.so
load => res_ari_sounds.so
load => app_stasis.so
load => pbx_config.so
load => bridge_simple.so
load => bridge_softmix.so
load => bridge_holding.so
load => bridge_builtin_features.so
load => chan_bridge_media.so
load => res_musiconhold.so
load => app_dial.so
load => app_echo.so
load => app_playback.so
load => func_callerid.so
load => func_strings.so
load => func_channel.so
load => format_wav.so
load => format_pcm.so
load => codec_ulaw.so
load => codec_alaw.so
load => codec_resample.so
EOF
    cat > "$dir/etc/http.conf" <<EOF
[general]
enabled = yes
bindaddr = 127.0.0.1
bindport = $port
EOF
    cat > "$dir/etc/ari.conf" <<EOF
[general]
enabled = yes

[portal]
type = user
read_only = no
password = $password
EOF
    cat > "$dir/etc/musiconhold.conf" <<EOF
[default]
mode = files
directory = $dir/lib/moh
EOF
    cat > "$dir/etc/logger.conf" <<'EOF'
[logfiles]
messages.log => notice,warning,error,verbose
EOF
    cat > "$dir/etc/extensions.conf" <<'EOF'
[general]
static = yes

; Inbound: what a site's DID context does. The test caller's extension is their number; the in-group comes with the call.
[portal-test-inbound]
exten => _X.,1,Set(CALLERID(num)=${EXTEN})
 same => n,Stasis(portal,inbound,${PORTAL_INGROUP})
 same => n,Hangup()

; The test caller's own side: waits on the line until the test hangs it up.
[portal-test-caller]
exten => s,1,Wait(3600)

; Agents' and supervisors' phones: answer at once and stay on the line.
[portal-test-phones]
exten => _[0-9a-zA-Z].,1,Answer()
 same => n,Wait(3600)

; Customers and third parties: numbers ending in 0486 are busy, in 0487 never answer, the rest answer after a moment.
[portal-test-customers]
exten => _X.,1,GotoIf($[${REGEX("0486$" ${EXTEN})}]?busy)
 same => n,GotoIf($[${REGEX("0487$" ${EXTEN})}]?ringing)
 same => n,Wait(0.3)
 same => n,Answer()
 same => n,Wait(3600)
 same => n(busy),Busy(10)
 same => n(ringing),Ringing()
 same => n,Wait(3600)

; Where a blind transfer goes: the number, dialled as a customer.
[portal-transfer]
exten => _X.,1,Dial(Local/${EXTEN}@portal-test-customers/n,60)
 same => n,Hangup()
EOF
    start "$dir"
    echo "asterisk-test: ari http://127.0.0.1:$port portal $password dir $dir"
    ;;
  down)
    dir="${2:?usage: asterisk-test.sh down <folder>}"
    stop "$dir"
    echo "asterisk-test: stopped ($dir)"
    ;;
  start)
    dir="${2:?usage: asterisk-test.sh start <folder>}"
    start "$dir"
    echo "asterisk-test: started ($dir)"
    ;;
  restart)
    dir="${2:?usage: asterisk-test.sh restart <folder>}"
    stop "$dir" KILL
    start "$dir"
    echo "asterisk-test: restarted ($dir)"
    ;;
  *)
    echo "usage: asterisk-test.sh up | down <folder> | start <folder> | restart <folder>" >&2
    exit 2
    ;;
esac
