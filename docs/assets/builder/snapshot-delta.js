// The start-up snapshot's static data, stored as its difference from the wasm's own data segments.
//
// A Pyodide snapshot is the interpreter's whole memory, and its first ~4 MB are the wasm's data
// segments (interned strings, static types, frozen modules) with a few refcounts and pointers
// changed: bytes every visitor already downloads in pyodide.asm.wasm. So the build stores the
// memory under each active data segment XOR that segment (mostly zeros, which gzip to almost nothing:
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

/**
 * Calls `each(memoryOffset, start, end)` for every active data segment of a wasm module's bytes
 * (`bytes[start:end]` lands at `memoryOffset`); returns where the last one ends in memory. Only
 * segments placed by a constant (`i32.const`) are expected: anything else throws. One pass, no
 * allocation per segment: it runs once per start, before the optimising compiler has seen it.
 */
export function dataSegments(wasm, each) {
  const bytes = wasm instanceof Uint8Array ? wasm : new Uint8Array(wasm);
  let at = 8; // magic and version
  const leb = () => {
    let value = 0;
    let scale = 1;
    let byte;
    do {
      byte = bytes[at++];
      value += (byte & 0x7f) * scale;
      scale *= 128;
    } while (byte & 0x80);
    return value;
  };
  let end = 0;
  while (at < bytes.length) {
    const id = bytes[at++];
    const size = leb();
    const next = at + size;
    if (id === 11) {
      for (let count = leb(); count > 0; count--) {
        const kind = leb();
        if (kind === 1) { // passive: not placed at start-up
          at += leb();
          continue;
        }
        if (kind !== 0 || bytes[at++] !== 0x41) throw new Error("a data segment not placed by i32.const");
        const place = leb();
        if (bytes[at++] !== 0x0b) throw new Error("a data segment's offset is not a constant");
        const length = leb();
        each(place, at, at + length);
        end = Math.max(end, place + length);
        at += length;
      }
    }
    at = next;
  }
  if (end === 0) throw new Error("the wasm has no data segments");
  return end;
}

/**
 * XORs the wasm's data segments into the snapshot's memory, in place (either direction); returns
 * their end. The segments are first copied into one image, then XORed a 32-bit word at a time: it
 * runs once per start, in code not yet optimised, so every step counts (figures in the design note).
 */
export function xorDataSegments(snapshot, wasm) {
  const data = wasm instanceof Uint8Array ? wasm : new Uint8Array(wasm);
  let image = new Uint8Array(1 << 22);
  const end = dataSegments(data, (place, start, stop) => {
    if (stop + place - start > image.length) {
      const larger = new Uint8Array(Math.max(image.length * 2, (place + stop - start) * 2));
      larger.set(image);
      image = larger;
    }
    if (stop - start > 1024) image.set(data.subarray(start, stop), place);
    else for (let i = start, to = place; i < stop; i++, to++) image[to] = data[i];
  });
  const words = Math.ceil(end / 4);
  const at = snapshot.byteOffset + memoryOffset(snapshot);
  if (at % 4 === 0) {
    const into = new Uint32Array(snapshot.buffer, at, words);
    const from = new Uint32Array(image.buffer, 0, words);
    for (let i = 0; i < words; i++) into[i] ^= from[i];
  } else {
    const into = snapshot.subarray(at - snapshot.byteOffset);
    for (let i = 0; i < words * 4; i++) into[i] ^= image[i];
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
