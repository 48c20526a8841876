// Times what a browser waits for from the diagram server, over the real WebSocket:
// opening a model (requestModel -> setModel) and edits (operation -> updateModel).
// Usage: node glsp-roundtrip.mjs BASE_URL TOKEN MODEL_PATH [RUNS]   (BASE_URL = http://127.0.0.1:PORT)
import WebSocket from 'ws';

const [base, token, model, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 20);
const config = await (await fetch(`${base}/api/workbench`, { headers: { Authorization: `Bearer ${token}` } })).json();
const socket = new WebSocket(`${config.glspUrl}?token=${token}`, { headers: { Origin: base } });
let nextId = 0;
const replies = new Map();
const waiting = [];
socket.on('message', data => {
  const message = JSON.parse(data);
  if (message.id !== undefined && replies.has(message.id)) {
    replies.get(message.id)(message);
    return;
  }
  const action = message.params?.action;
  for (const w of [...waiting]) {
    if (w.kind === action?.kind) {
      waiting.splice(waiting.indexOf(w), 1);
      w.resolve(action);
    }
  }
});
const request = (method, params) => new Promise(resolve => {
  const id = ++nextId;
  replies.set(id, resolve);
  socket.send(JSON.stringify({ jsonrpc: '2.0', id, method, params }));
});
const until = kind => new Promise(resolve => waiting.push({ kind, resolve }));
const send = action => socket.send(JSON.stringify({ jsonrpc: '2.0', method: 'process', params: { clientId: 'bench', action } }));
const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

await new Promise(resolve => socket.on('open', resolve));
await request('initialize', { applicationId: 'bench', protocolVersion: '1.0.0' });
await request('initializeClientSession', { clientSessionId: 'bench', diagramType: 'sem-path',
  clientActionKinds: ['setModel', 'updateModel', 'setDirtyState'] });
let t = performance.now();
send({ kind: 'requestModel', requestId: 'open', options: { sourceUri: model, diagramType: 'sem-path' } });
const opened = await until('setModel');
const openMs = performance.now() - t;
const nodes = JSON.stringify(opened).split('"type":"node:').length - 1;
const label = [], move = [];
for (let i = 0; i < runs; i++) {
  t = performance.now();
  send({ kind: 'applyLabelEdit', isOperation: true, labelId: 'construct.C1_label', text: `C1v${i}` });
  await until('updateModel');
  label.push(performance.now() - t);
  t = performance.now();
  send({ kind: 'changeBounds', isOperation: true, newBounds: [{ elementId: 'construct.C2', newPosition: { x: 40 + i, y: 40 }, newSize: { width: 96, height: 52 } }] });
  await until('updateModel');
  move.push(performance.now() - t);
}
console.log(`nodes: ${nodes}`);
console.log(`open (requestModel -> setModel, first in this server): ${openMs.toFixed(0)} ms`);
console.log(`label edit round trip: median ${median(label).toFixed(1)} ms, max ${Math.max(...label).toFixed(1)} ms (${runs} runs)`);
console.log(`move round trip: median ${median(move).toFixed(1)} ms, max ${Math.max(...move).toFixed(1)} ms (${runs} runs)`);
socket.close();
