// See shard.ts: the first of the two processes npm test runs.
import { runShard } from './shard.ts';

await runShard();
