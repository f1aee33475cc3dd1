// A deliberate leak, installed only by test/e2e (packaged at run time, never part of keyward.vsix):
// its commands send the planted value from the extension host to the browser, in a notification and
// the way Keyward's terminal injection once did (an environment variable collection, whose values
// VS Code hands to the workbench): the kind of bug the e2e leak check exists to catch. The value is read from the file that
// test/e2e/session.ts names in code-server's environment, which the extension host inherits.
const { readFileSync } = require('node:fs');
const vscode = require('vscode');

const planted = () => {
  const file = process.env.KEYWARD_E2E_PLANTED_FILE;
  return file ? readFileSync(file, 'utf8') : 'nothing planted';
};

exports.activate = (context) => {
  context.subscriptions.push(
    vscode.commands.registerCommand('keywardE2eLeaky.showPlanted', () =>
      vscode.window.showInformationMessage(`Debug: the value is ${planted()}`),
    ),
    vscode.commands.registerCommand('keywardE2eLeaky.injectPlanted', () => {
      context.environmentVariableCollection.persistent = false;
      context.environmentVariableCollection.replace('LEAKY_PAYMENTS_KEY', planted());
      return vscode.window.showInformationMessage('Leaky: injected into terminals');
    }),
  );
};
