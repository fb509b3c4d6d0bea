import { useMemo, useSyncExternalStore } from 'react';
import { readStorage, writeStorage } from './storage.ts';

export interface StoredValue<T> {
  /** The value, kept current across components and tabs. */
  use(): T;
  /** The value as it is now, outside React. */
  read(): T;
  /** Replaces the stored text; false when the browser refuses to store it. */
  write(raw: string): boolean;
}

/** A value this browser keeps in localStorage under `key`, read through `parse` (which drops anything unreadable). */
export function storedValue<T>(key: string, parse: (raw: string | null) => T): StoredValue<T> {
  // Same-tab writes do not fire the storage event, so they announce themselves with this one.
  const changed = `${key}:changed`;
  const readRaw = () => readStorage(key);
  const subscribe = (onChange: () => void) => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === key || event.key === null) onChange();
    };
    window.addEventListener('storage', onStorage);
    window.addEventListener(changed, onChange);
    return () => {
      window.removeEventListener('storage', onStorage);
      window.removeEventListener(changed, onChange);
    };
  };
  return {
    use() {
      const raw = useSyncExternalStore(subscribe, readRaw, () => null);
      return useMemo(() => parse(raw), [raw]);
    },
    read: () => parse(readRaw()),
    write(raw) {
      if (!writeStorage(key, raw)) return false;
      window.dispatchEvent(new Event(changed));
      return true;
    },
  };
}
