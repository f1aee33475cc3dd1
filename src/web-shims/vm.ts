// node:vm for the browser build. The scanner runs a workspace's own rules (`extraRules`) under a
// time budget through node:vm; the browser build loads no workspace configuration, so only the
// module's top level runs here, which makes a script it never executes.
const unavailable = () => new Error('node:vm is not available in the browser build');

class Script {
  runInContext(): never {
    throw unavailable();
  }
}

function createContext(): never {
  throw unavailable();
}

export default { Script, createContext };
