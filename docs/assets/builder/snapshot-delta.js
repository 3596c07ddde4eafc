// The start-up snapshot's static data, stored as its difference from the wasm's own data segments.
//
// A Pyodide snapshot is the interpreter's whole memory, and its first ~4 MB are the wasm's data
// segments (interned strings, static types, frozen modules) with a few refcounts and pointers
// changed: bytes every visitor already downloads in pyodide.asm.wasm. So the build stores each
// active data segment's bytes XOR the segment (mostly zeros, which gzip to almost nothing:
// scripts/sitebuild/runtime/make_snapshot.mjs; figures in scripts/sitebuild/README.md), and the
// browser XORs the same segments back, read from the same wasm file. XOR is its own inverse, so
// one function does both. The reference is the file itself, not a module's memory, so it is the
// same in every engine (a fresh module's memory is not: Chromium's differs from Node's).
//
// Contract: `delta` is runtime.json's `snapshot.delta`, {end: where the last segment ends,
// sha256: of the memory's bytes [0, end) once undone}. A mismatch throws and the caller loads the
// ordinary way: a wrong byte is never restored.

/** Where the memory starts in a Pyodide snapshot: its header's second word (API.makeSnapshot). */
export const memoryOffset = (snapshot) => new Uint32Array(snapshot.buffer, snapshot.byteOffset, 2)[1];

function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

/**
 * Calls `each(memoryOffset, start, end)` for every active data segment of a wasm module's bytes
 * (`bytes[start:end]` lands at `memoryOffset`); returns where the last one ends in memory. Only
 * segments placed by a constant (`i32.const`) are expected: anything else throws.
 */
export function dataSegments(wasm, each) {
  const bytes = wasm instanceof Uint8Array ? wasm : new Uint8Array(wasm);
  let at = 8; // magic and version
  let end = 0;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, body] = leb(bytes, at + 1);
    if (id === 11) {
      let [count, p] = leb(bytes, body);
      for (; count > 0; count--) {
        let kind, place, length;
        [kind, p] = leb(bytes, p);
        if (kind === 1) { // passive: not placed at start-up
          [length, p] = leb(bytes, p);
          p += length;
          continue;
        }
        if (kind !== 0 || bytes[p] !== 0x41) throw new Error("a data segment not placed by i32.const");
        [place, p] = leb(bytes, p + 1);
        if (bytes[p] !== 0x0b) throw new Error("a data segment's offset is not a constant");
        [length, p] = leb(bytes, p + 1);
        each(place, p, p + length);
        end = Math.max(end, place + length);
        p += length;
      }
    }
    at = body + size;
  }
  if (end === 0) throw new Error("the wasm has no data segments");
  return end;
}

/**
 * XORs the wasm's data segments into the snapshot's memory, in place (either direction); returns
 * their end. The segments are first copied into one image (native copies), then XORed a 32-bit
 * word at a time: a byte loop over 14,000 segments took 20-35 ms of a start, this takes a few.
 */
export function xorDataSegments(snapshot, wasm) {
  const data = wasm instanceof Uint8Array ? wasm : new Uint8Array(wasm);
  const placed = [];
  const end = dataSegments(data, (place, start, stop) => placed.push(place, start, stop));
  const image = new Uint8Array(Math.ceil(end / 4) * 4);
  for (let i = 0; i < placed.length; i += 3) image.set(data.subarray(placed[i + 1], placed[i + 2]), placed[i]);
  const at = snapshot.byteOffset + memoryOffset(snapshot);
  if (at % 4 === 0) {
    const into = new Uint32Array(snapshot.buffer, at, image.length / 4);
    const from = new Uint32Array(image.buffer);
    for (let i = 0; i < from.length; i++) into[i] ^= from[i];
  } else {
    const into = snapshot.subarray(at - snapshot.byteOffset);
    for (let i = 0; i < image.length; i++) into[i] ^= image[i];
  }
  return end;
}

/** SHA-256 (hex) of the snapshot's memory [0, end). */
export async function memoryDigest(snapshot, end) {
  const offset = memoryOffset(snapshot);
  const digest = await crypto.subtle.digest("SHA-256", snapshot.subarray(offset, offset + end));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Undoes `delta` with the wasm's bytes; throws if the result is not the memory the build stored. */
export async function undoDelta(snapshot, wasm, delta) {
  if (xorDataSegments(snapshot, wasm) !== delta.end || (await memoryDigest(snapshot, delta.end)) !== delta.sha256) {
    throw new Error("the snapshot's delta does not match this wasm");
  }
}
