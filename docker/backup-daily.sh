#!/bin/sh
# The backup service of docker/compose.yaml: `npm run backup` every day at BACKUP_AT (HH:MM, UTC),
# which keeps the BACKUP_KEEP newest files. `backup-daily.sh --next` prints the seconds until the
# next run and exits.
set -u
at="${BACKUP_AT:-05:30}"
if ! date -u -d "today $at" >/dev/null 2>&1; then
  echo "BACKUP_AT=$at is not a time of day (HH:MM, UTC)" >&2
  exit 2
fi

seconds_to_next_run() {
  now=$(date -u +%s)
  next=$(date -u -d "today $at" +%s)
  if [ "$next" -le "$now" ]; then next=$(date -u -d "tomorrow $at" +%s); fi
  echo $((next - now))
}

if [ "${1:-}" = "--next" ]; then
  seconds_to_next_run
  exit 0
fi

# docker stop: end at once, even while sleeping.
trap 'exit 0' TERM INT
while :; do
  wait_for=$(seconds_to_next_run)
  echo "Next backup in ${wait_for} s (every day at ${at} UTC)"
  sleep "$wait_for" &
  wait $!
  # A failed night is reported in the logs and tried again the next night.
  npm run backup || echo "The backup failed (see above)"
done
