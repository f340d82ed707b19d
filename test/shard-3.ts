// See shard.ts: the third of the processes npm test runs.
import { runShard } from './shard.ts';

await runShard();
