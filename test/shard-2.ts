// See shard.ts: the second of the two processes npm test runs.
import { runShard } from './shard.ts';

await runShard();
