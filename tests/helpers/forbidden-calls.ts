/**
 * Calls in a shipped script that reach the network or run text as code. The task pane's bundle
 * also may not start a worker (tests/security-bundle.test.ts); the web page starts one of its own
 * (tests/web-bundle.test.ts counts it apart).
 */
export const NETWORK_OR_EVAL: readonly [string, RegExp][] = [
  ["eval", /(?<![\w$.])eval\s*\(/],
  ["the Function constructor", /(?<![\w$.])(?:new\s+)?Function\s*\(/],
  ["setTimeout/setInterval with a string", /set(?:Timeout|Interval)\s*\(\s*["'`]/],
  ["fetch", /(?<![\w$])fetch\s*\(/],
  ["XMLHttpRequest", /XMLHttpRequest/],
  ["WebSocket", /WebSocket/],
  ["EventSource", /EventSource/],
  ["sendBeacon", /sendBeacon/],
  ["importScripts", /importScripts\s*\(/],
  ["a service worker", /serviceWorker\.register/],
  ["WebRTC", /RTCPeerConnection/],
];
