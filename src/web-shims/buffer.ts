// The global `Buffer` the scanner's format checks use (base64 and base64url decoding), for the
// browser build: esbuild injects this wherever the code refers to it.
export { Buffer } from 'buffer';
