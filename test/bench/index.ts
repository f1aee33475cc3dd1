// `npm run bench`: every benchmark, each printing its ratios against peers measured in the same run.
import { runActivationBench } from './activation';
import { runScanBench } from './scan';
import { runVaultBench } from './vault';

async function main(): Promise<void> {
  runActivationBench();
  await runVaultBench();
  await runScanBench();
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
