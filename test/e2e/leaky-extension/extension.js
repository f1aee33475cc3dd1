// A deliberate leak, installed only by test/e2e (packaged at run time, never part of keyward.vsix):
// its command sends the planted value from the extension host to the browser in a notification, the
// kind of bug the e2e leak check exists to catch. The value is read from the file that
// test/e2e/session.ts names in code-server's environment, which the extension host inherits.
const { readFileSync } = require('node:fs');
const vscode = require('vscode');

exports.activate = (context) => {
  context.subscriptions.push(
    vscode.commands.registerCommand('keywardE2eLeaky.showPlanted', () => {
      const file = process.env.KEYWARD_E2E_PLANTED_FILE;
      const value = file ? readFileSync(file, 'utf8') : 'nothing planted';
      return vscode.window.showInformationMessage(`Debug: the value is ${value}`);
    }),
  );
};
