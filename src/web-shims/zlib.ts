// node:zlib for the browser build: no CRC-32 here, so src/core/providers/checksums.ts uses its own.
export const crc32: ((data: string) => number) | undefined = undefined;
