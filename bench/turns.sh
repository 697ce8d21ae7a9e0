# Sourced by the bench scripts. `take_turns OURS PEER TURNS DIR OURS_MARK PEER_MARK` starts two
# benchmark commands (strings for sh, each of which takes --turns) side by side: both warm up at
# once, print "ready" and wait. Then each measures TURNS times, in alternation, ours first; a
# turn ends when that side's output (DIR/ours.txt, DIR/peer.txt) has one more line matching its
# mark. The host changes a process's speed by up to 1.8x for tens of seconds at a time, so two
# runs one after the other meet different hosts; turns of a second or two meet the same one.
take_turns() {
    mkfifo "$4/ours.in" "$4/peer.in"
    rm -f "$4/ours.ended" "$4/peer.ended"
    : > "$4/ours.txt"
    : > "$4/peer.txt"
    (sh -c "exec $1 --turns" < "$4/ours.in" > "$4/ours.txt" 2>/dev/null; echo $? > "$4/ours.ended") &
    (sh -c "exec $2 --turns" < "$4/peer.in" > "$4/peer.txt"; echo $? > "$4/peer.ended") &
    exec 3> "$4/ours.in" 4> "$4/peer.in"
    await_lines "$4/ours" '^ready$' 1
    await_lines "$4/peer" '^ready$' 1
    turn=1
    while [ "$turn" -le "$3" ]; do
        echo go >&3
        await_lines "$4/ours" "$5" "$turn"
        echo go >&4
        await_lines "$4/peer" "$6" "$turn"
        turn=$((turn + 1))
    done
    exec 3>&- 4>&-
    wait
    rm -f "$4/ours.in" "$4/peer.in"
}

# waits until SIDE.txt has COUNT lines matching PATTERN; stops the script if SIDE ended first
await_lines() {
    while [ "$(grep -c "$2" "$1.txt")" -lt "$3" ]; do
        if [ -e "$1.ended" ]; then
            echo "$1 ended (exit status $(cat "$1.ended")) before its turn was measured; it printed:" >&2
            cat "$1.txt" >&2
            exit 1
        fi
        sleep 0.05
    done
}

# the rate of a round whose turns took equal work: turns / sum(1 / rate), from field FIELD
# of the lines of FILE that match PATTERN
round_rate() {
    grep "$2" "$1" | awk -v field="$3" '{n++; s += 1 / $field} END {printf "%.0f\n", n / s}'
}

# each turn's ratio, ours to the peer's, of field 2 of the lines of DIR/ours.txt matching
# OURS_MARK and of DIR/peer.txt matching PEER_MARK: `turn_ratios DIR OURS_MARK PEER_MARK`
turn_ratios() {
    grep "$2" "$1/ours.txt" | awk '{print $2}' > "$1/ours.rates"
    grep "$3" "$1/peer.txt" | awk '{print $2}' | paste -d ' ' "$1/ours.rates" - \
        | awk '{printf "%s%.2f", (NR > 1 ? " " : ""), $1 / $2}'
}
