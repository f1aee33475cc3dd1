// `npm run bench`: every benchmark, each printing its ratios against peers measured in the same run.
import { runActivationBench } from './activation';
import { runHistoryBench } from './history';
import { runDetectionBench } from './detection';
import { runScanBench } from './scan';
import { runVaultBench } from './vault';

async function main(): Promise<void> {
  runActivationBench();
  await runVaultBench();
  await runScanBench();
  await runHistoryBench();
  await runDetectionBench();
}

// Exit explicitly: the activation bench leaves the extension's timers (daily reminders) running.
main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
