;; The line scan of hints.ts, sixteen bytes of a text's UTF-8 at a time: where each line starts and
;; what it may hold. Assembled into lineScanWasm.ts by `npm run build:wasm`.
;;
;; The caller writes the text's UTF-8 at `text` and calls scan(text, bytes, units, out), where `units`
;; is the text's length in UTF-16 code units (as a string's length counts), with room for 32 bytes
;; after the text (which the scan sets to zero, as it reads up to 22 bytes past a position). For each
;; line one i32 goes to `out`: where the line starts in the string (in UTF-16 units) shifted left by 7,
;; with its bits below (the bits of hints.ts: 1 `[[`, 2 `#`, 4 `::`, 8 a mention of ImageNet or ILSVRC
;; in any case, 16 `|`, 32 `%%` or `<!--`, 64 `%` or `％`). Last comes (units + 1) << 7. Returns the number of
;; lines, and leaves at address 0 the bits of all lines together.
;;
;; Each byte gets its bits in a vector lane; a line's bits are its lanes ORed together. Addresses 256 to
;; 528 hold 17 masks: mask k has its first k lanes set.
(module
  (memory (export "memory") 1)
  (start $masks)

  (func $masks
    (local $k i32) (local $lane i32)
    (loop $each
      (local.set $lane (i32.const 0))
      (loop $lanes
        (if (i32.lt_u (local.get $lane) (local.get $k))
          (then (i32.store8 (i32.add (i32.add (i32.const 256) (i32.shl (local.get $k) (i32.const 4))) (local.get $lane)) (i32.const 255))))
        (local.set $lane (i32.add (local.get $lane) (i32.const 1)))
        (br_if $lanes (i32.lt_u (local.get $lane) (i32.const 16))))
      (local.set $k (i32.add (local.get $k) (i32.const 1)))
      (br_if $each (i32.le_u (local.get $k) (i32.const 16)))))

  ;; The OR of a vector's sixteen bytes.
  (func $orOfLanes (param $v v128) (result i32)
    (local $x i64)
    (local.set $x (i64.or (i64x2.extract_lane 0 (local.get $v)) (i64x2.extract_lane 1 (local.get $v))))
    (local.set $x (i64.or (local.get $x) (i64.shr_u (local.get $x) (i64.const 32))))
    (local.set $x (i64.or (local.get $x) (i64.shr_u (local.get $x) (i64.const 16))))
    (local.set $x (i64.or (local.get $x) (i64.shr_u (local.get $x) (i64.const 8))))
    (i32.and (i32.wrap_i64 (local.get $x)) (i32.const 127)))

  (func (export "scan") (param $text i32) (param $length i32) (param $units i32) (param $out i32) (result i32)
    (local $p i32) (local $end i32) (local $first i32) (local $k i32) (local $newlines i32)
    (local $candidates i32) (local $mentions i32) (local $lane i32) (local $word i64)
    (local $lineStart i32) (local $bits i32) (local $all i32) (local $mentioned i32)
    (local $before i32) (local $continuing i32) (local $fourByte i32)
    (local $v v128) (local $v1 v128) (local $v2 v128) (local $v3 v128) (local $raw v128) (local $lanes v128) (local $line v128)
    (local.set $p (local.get $text))
    (local.set $end (i32.add (local.get $text) (local.get $length)))
    (local.set $first (local.get $out))
    (v128.store (local.get $end) (v128.const i64x2 0 0))
    (v128.store offset=16 (local.get $end) (v128.const i64x2 0 0))
    (block $done
      (loop $blocks
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $v (v128.load (local.get $p)))
        (local.set $v1 (v128.load offset=1 (local.get $p)))
        (local.set $v2 (v128.load offset=2 (local.get $p)))
        (local.set $v3 (v128.load offset=3 (local.get $p)))
        ;; A table lookup on each half of a byte gives its bits: the bits its low half picks and the
        ;; bits its high half picks have one in common only for these: `[` 1, `#` 2, `:` 4, `|` 16,
        ;; `%` 32 and 64, and the line break 128.
        (local.set $raw
          (v128.and
            (i8x16.swizzle (v128.const i8x16 0 0 0 2 0 96 0 0 0 0 132 1 16 0 0 0)
                           (v128.and (local.get $v) (v128.const i8x16 15 15 15 15 15 15 15 15 15 15 15 15 15 15 15 15)))
            (i8x16.swizzle (v128.const i8x16 128 0 98 4 0 1 0 16 0 0 0 0 0 0 0 0)
                           (i8x16.shr_u (local.get $v) (i32.const 4)))))
        (local.set $newlines (i8x16.bitmask (local.get $raw)))
        ;; `#`, `|` and `%` count alone; `[`, `:` and the 32 of `%` only when the next byte is the same.
        ;; `<!--` gives 32 too.
        (local.set $lanes
          (v128.or
            (v128.or
              (v128.and (local.get $raw) (v128.const i8x16 82 82 82 82 82 82 82 82 82 82 82 82 82 82 82 82))
              (v128.and (v128.and (local.get $raw) (v128.const i8x16 37 37 37 37 37 37 37 37 37 37 37 37 37 37 37 37))
                        (i8x16.eq (local.get $v) (local.get $v1))))
            (v128.and
              (v128.and (i8x16.eq (local.get $v) (v128.const i8x16 60 60 60 60 60 60 60 60 60 60 60 60 60 60 60 60))
                        (i8x16.eq (local.get $v1) (v128.const i8x16 33 33 33 33 33 33 33 33 33 33 33 33 33 33 33 33)))
              (v128.and
                (v128.and (i8x16.eq (local.get $v2) (v128.const i8x16 45 45 45 45 45 45 45 45 45 45 45 45 45 45 45 45))
                          (i8x16.eq (local.get $v3) (v128.const i8x16 45 45 45 45 45 45 45 45 45 45 45 45 45 45 45 45)))
                (v128.const i8x16 32 32 32 32 32 32 32 32 32 32 32 32 32 32 32 32)))))
        ;; A mention starts with `i` and has `g` (imagenet) or `v` (ilsvrc) three bytes on, in any case
        ;; (`| 32` lowers an ASCII letter). The few lanes that do are read in full.
        (local.set $candidates
          (i8x16.bitmask
            (v128.and
              (i8x16.eq (v128.or (local.get $v) (v128.const i8x16 32 32 32 32 32 32 32 32 32 32 32 32 32 32 32 32))
                        (v128.const i8x16 105 105 105 105 105 105 105 105 105 105 105 105 105 105 105 105))
              (v128.or
                (i8x16.eq (v128.or (local.get $v3) (v128.const i8x16 32 32 32 32 32 32 32 32 32 32 32 32 32 32 32 32))
                          (v128.const i8x16 103 103 103 103 103 103 103 103 103 103 103 103 103 103 103 103))
                (i8x16.eq (v128.or (local.get $v3) (v128.const i8x16 32 32 32 32 32 32 32 32 32 32 32 32 32 32 32 32))
                          (v128.const i8x16 118 118 118 118 118 118 118 118 118 118 118 118 118 118 118 118))))))
        (local.set $mentions (i32.const 0))
        (block $checked
          (loop $eachCandidate
            (br_if $checked (i32.eqz (local.get $candidates)))
            (local.set $lane (i32.ctz (local.get $candidates)))
            (local.set $candidates (i32.and (local.get $candidates) (i32.sub (local.get $candidates) (i32.const 1))))
            (local.set $word (i64.or (i64.load (i32.add (local.get $p) (local.get $lane))) (i64.const 0x2020202020202020)))
            (if (i32.or
                  (i64.eq (local.get $word) (i64.const 0x74656e6567616d69))                                     ;; imagenet
                  (i64.eq (i64.and (local.get $word) (i64.const 0xffffffffffff)) (i64.const 0x637276736c69))) ;; ilsvrc
              (then (local.set $mentions (i32.or (local.get $mentions) (i32.shl (i32.const 1) (local.get $lane))))))
            (br $eachCandidate)))
        ;; Where a character takes more than one byte, the string's index moves on by less than the
        ;; bytes: by one for each byte that starts a character, and by two for one of four bytes (which
        ;; the string holds as a surrogate pair). `％` (EF BC 85) counts as `%`.
        (local.set $continuing (i32.const 0))
        (local.set $fourByte (i32.const 0))
        (if (i8x16.bitmask (local.get $v))
          (then
            (local.set $continuing
              (i8x16.bitmask (i8x16.eq (v128.and (local.get $v) (v128.const i8x16 192 192 192 192 192 192 192 192 192 192 192 192 192 192 192 192))
                                       (v128.const i8x16 128 128 128 128 128 128 128 128 128 128 128 128 128 128 128 128))))
            (local.set $fourByte
              (i8x16.bitmask (i8x16.eq (v128.and (local.get $v) (v128.const i8x16 248 248 248 248 248 248 248 248 248 248 248 248 248 248 248 248))
                                       (v128.const i8x16 240 240 240 240 240 240 240 240 240 240 240 240 240 240 240 240))))
            (local.set $lanes
              (v128.or (local.get $lanes)
                (v128.and
                  (v128.and (i8x16.eq (local.get $v) (v128.const i8x16 239 239 239 239 239 239 239 239 239 239 239 239 239 239 239 239))
                            (i8x16.eq (local.get $v1) (v128.const i8x16 188 188 188 188 188 188 188 188 188 188 188 188 188 188 188 188)))
                  (v128.and (i8x16.eq (local.get $v2) (v128.const i8x16 133 133 133 133 133 133 133 133 133 133 133 133 133 133 133 133))
                            (v128.const i8x16 64 64 64 64 64 64 64 64 64 64 64 64 64 64 64 64)))))))
        ;; Each line break in the block ends a line: its bits are those gathered so far and those of
        ;; the lanes before the break. The lanes up to the break are then cleared.
        (block $ended
          (loop $eachNewline
            (br_if $ended (i32.eqz (local.get $newlines)))
            (local.set $k (i32.ctz (local.get $newlines)))
            (local.set $newlines (i32.and (local.get $newlines) (i32.sub (local.get $newlines) (i32.const 1))))
            (local.set $bits
              (i32.or
                (call $orOfLanes (v128.or (local.get $line)
                                          (v128.and (local.get $lanes) (v128.load offset=256 (i32.shl (local.get $k) (i32.const 4))))))
                (select (i32.const 8) (i32.const 0)
                        (i32.or (local.get $mentioned)
                                (i32.and (local.get $mentions) (i32.sub (i32.shl (i32.const 1) (local.get $k)) (i32.const 1)))))))
            (i32.store (local.get $out) (i32.or (i32.shl (local.get $lineStart) (i32.const 7)) (local.get $bits)))
            (local.set $out (i32.add (local.get $out) (i32.const 4)))
            (local.set $all (i32.or (local.get $all) (local.get $bits)))
            (local.set $lineStart
              (i32.add
                (i32.add (local.get $before) (i32.add (local.get $k) (i32.const 1)))
                (i32.sub (i32.popcnt (i32.and (local.get $fourByte) (i32.sub (i32.shl (i32.const 1) (local.get $k)) (i32.const 1))))
                         (i32.popcnt (i32.and (local.get $continuing) (i32.sub (i32.shl (i32.const 1) (local.get $k)) (i32.const 1)))))))
            (local.set $line (v128.const i64x2 0 0))
            (local.set $mentioned (i32.const 0))
            (local.set $lanes (v128.andnot (local.get $lanes) (v128.load offset=272 (i32.shl (local.get $k) (i32.const 4)))))
            (local.set $mentions (i32.and (local.get $mentions) (i32.xor (i32.sub (i32.shl (i32.const 2) (local.get $k)) (i32.const 1)) (i32.const -1))))
            (br $eachNewline)))
        (local.set $line (v128.or (local.get $line) (local.get $lanes)))
        (local.set $mentioned (i32.or (local.get $mentioned) (i32.ne (local.get $mentions) (i32.const 0))))
        (local.set $before
          (i32.add (i32.add (local.get $before) (i32.const 16))
                   (i32.sub (i32.popcnt (local.get $fourByte)) (i32.popcnt (local.get $continuing)))))
        (local.set $p (i32.add (local.get $p) (i32.const 16)))
        (br $blocks)))
    (local.set $bits (i32.or (call $orOfLanes (local.get $line)) (select (i32.const 8) (i32.const 0) (local.get $mentioned))))
    (i32.store (local.get $out) (i32.or (i32.shl (local.get $lineStart) (i32.const 7)) (local.get $bits)))
    (i32.store offset=4 (local.get $out) (i32.shl (i32.add (local.get $units) (i32.const 1)) (i32.const 7)))
    (i32.store (i32.const 0) (i32.or (local.get $all) (local.get $bits)))
    (i32.add (i32.shr_u (i32.sub (local.get $out) (local.get $first)) (i32.const 2)) (i32.const 1))))
