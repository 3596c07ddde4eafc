// Where the applications are kept: IndexedDB (names in protocol.js), told to other tabs through a
// BroadcastChannel. The page holds every application in memory and writes each change here; when
// the browser refuses (storage turned off, private browsing, disk full) the store says why once,
// through `onFailure`, and stops writing: the page goes on in memory.
//
// Between tabs: each write names one application, so edits to different applications never
// overwrite each other; the last write of the same one wins and the other tabs are told (`onRemote`
// with the value read back from IndexedDB, or null when it was deleted).

import { APPLICATIONS_CHANNEL, APPLICATIONS_DB } from "./protocol.js";

const { name, version, store: STORE, aside: ASIDE } = APPLICATIONS_DB;

/** An IDBRequest as a promise. */
function settled(request) {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** A transaction's end as a promise (rejects with its error, e.g. QuotaExceededError). */
function done(transaction) {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error || new DOMException("aborted", "AbortError"));
  });
}

export class ApplicationsStore {
  /** `onRemote(id, value or null)`: another tab wrote or deleted; `onFailure(reason)`: "denied" or "full". */
  constructor({ onRemote = () => {}, onFailure = () => {} } = {}) {
    this.onRemote = onRemote;
    this.onFailure = onFailure;
    this.db = null; // null: nothing is written (not opened yet, or the browser refused)
    this.failed = null; // "denied" or "full" once the browser refused
    this.channel = null;
  }

  /** Opens the database; false (and onFailure("denied")) when the browser does not allow it. */
  async open() {
    try {
      if (!globalThis.indexedDB) throw new Error("no IndexedDB");
      const request = indexedDB.open(name, version);
      request.onupgradeneeded = () => {
        const db = request.result;
        if (!db.objectStoreNames.contains(STORE)) db.createObjectStore(STORE, { keyPath: "id" });
        if (!db.objectStoreNames.contains(ASIDE)) db.createObjectStore(ASIDE, { autoIncrement: true });
      };
      this.db = await settled(request);
    } catch {
      this.fail("denied");
      return false;
    }
    // Another tab upgrading the database later: let it, this tab goes on in memory.
    this.db.onversionchange = () => {
      this.db.close();
      this.db = null;
    };
    if (typeof BroadcastChannel === "function") {
      this.channel = new BroadcastChannel(APPLICATIONS_CHANNEL);
      this.channel.onmessage = (event) => this.heard(event.data || {});
    }
    return true;
  }

  close() {
    this.channel?.close();
    this.channel = null;
    this.db?.close();
    this.db = null;
  }

  fail(reason) {
    if (this.failed) return;
    this.failed = reason;
    this.db = null;
    this.onFailure(reason);
  }

  async heard(message) {
    if (!message.id || !this.db) return;
    if (message.type === "delete") return this.onRemote(message.id, null);
    try {
      const value = await settled(this.db.transaction(STORE).objectStore(STORE).get(message.id));
      this.onRemote(message.id, value ?? null);
    } catch {
      /* read again on the next message */
    }
  }

  /** Every stored value, as stored (the page checks each one on its own). */
  async readAll() {
    if (!this.db) return [];
    try {
      return await settled(this.db.transaction(STORE).objectStore(STORE).getAll());
    } catch {
      // A value the browser cannot even give back: read them one by one, skipping that one.
      return this.readEach();
    }
  }

  async readEach() {
    const values = [];
    try {
      const keys = await settled(this.db.transaction(STORE).objectStore(STORE).getAllKeys());
      for (const key of keys) {
        try {
          values.push(await settled(this.db.transaction(STORE).objectStore(STORE).get(key)));
        } catch {
          values.push({ id: String(key), unreadable: true });
        }
      }
    } catch {
      /* nothing readable */
    }
    return values;
  }

  /** Writes one application (a plain object); tells the other tabs once it is written. */
  async put(application) {
    if (!this.db) return false;
    return this.write((store) => store.put(application), { type: "put", id: application.id, updated: application.updated });
  }

  async delete(id) {
    if (!this.db) return false;
    return this.write((store) => store.delete(id), { type: "delete", id });
  }

  async write(change, message) {
    try {
      const transaction = this.db.transaction(STORE, "readwrite");
      change(transaction.objectStore(STORE));
      await done(transaction);
    } catch (error) {
      // Closed meanwhile (another tab upgrading the database, or the page closing it): not a refusal.
      if (this.db) this.fail(error?.name === "QuotaExceededError" ? "full" : "denied");
      return false;
    }
    this.channel?.postMessage(message);
    return true;
  }

  /** Moves a value that cannot be used out of the way, keeping its text; true when it was moved. */
  async setAside(id, text) {
    if (!this.db) return false;
    try {
      const transaction = this.db.transaction([STORE, ASIDE], "readwrite");
      transaction.objectStore(ASIDE).add({ id, text, at: new Date().toISOString() });
      if (id !== undefined) transaction.objectStore(STORE).delete(id);
      await done(transaction);
      return true;
    } catch {
      return false;
    }
  }
}
