/*
 * A webpack loader for ExcelJS's prebuilt browser bundle (exceljs/dist/exceljs.min.js): its shim of
 * Node's `process.nextTick` (browserify's) drains its queue with `setTimeout(drain, 0)`. Streams
 * and JSZip call nextTick for every chunk, and browsers hold a timer set from a timer at least
 * 4 ms, so reading W2's 200 files in the web page's Worker sat idle about 6 of its 13 seconds
 * (profiled). Here the drain is posted on a MessageChannel instead: still a task of its own, as
 * setTimeout gives (the page and the task pane stay responsive between chunks), without the floor.
 * The build fails if the shim is not found, so a new ExcelJS cannot lose this silently.
 */
const SCHEDULER = `var __cchcNextTickTask = (function () {
  if (typeof MessageChannel === "undefined") return function (f) { setTimeout(f, 0); };
  var channel = new MessageChannel(), queue = [];
  channel.port1.onmessage = function () { var f = queue.shift(); if (f) f(); };
  return function (f) { queue.push(f); channel.port2.postMessage(0); };
})();
`;

// s.nextTick=function(e){var t=new Array(arguments.length-1);...;u.push(new m(e,t)),1!==u.length||h||l(p)}
const MINIFIED =
  /(\.nextTick=function\((\w+)\)\{var (\w+)=new Array\(arguments\.length-1\);[^{}]*?(\w+)\.push\(new \w+\(\2,\3\)\),1!==\4\.length\|\|\w+\|\|)\w+\((\w+)\)\}/g;

function patchNextTick(source, resourcePath) {
  let count = 0;
  const out = source.replace(MINIFIED, (_, head, _fn, _args, _queue, drain) => {
    count += 1;
    return `${head}__cchcNextTickTask(${drain})}`;
  });
  if (count !== 1) {
    throw new Error(`exceljs-tick-loader: ${resourcePath}: expected one process.nextTick shim to patch, found ${count}`);
  }
  return SCHEDULER + out;
}

module.exports = function exceljsTickLoader(source) {
  return patchNextTick(source, this.resourcePath);
};
module.exports.patchNextTick = patchNextTick;
module.exports.SCHEDULER = SCHEDULER;
