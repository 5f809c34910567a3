import {
  JobContext,
  type JobContext as JobContextType,
  JobProcess,
  runWithJobContextAsync,
} from '@livekit/agents';
import { Job, JobType, Room as RoomModel } from '@livekit/protocol';
import { Room } from '@livekit/rtc-node';

type RunningJobInfo = ConstructorParameters<typeof JobContext>[1];

/** A job context as the SDK builds one in console mode, and what the job did with it. */
export interface FakeJob {
  readonly ctx: JobContextType;
  /** Every reason `ctx.shutdown()` was called with, in order. */
  readonly shutdowns: string[];
  /** How many times the job called `ctx.connect()` (a no-op for a fake job). */
  connects(): number;
  /** Runs the entry function as the job process does: inside the job's context. */
  run(entry: (ctx: JobContextType) => Promise<void>): Promise<void>;
  /** Runs the shutdown callbacks the job registered, as the SDK does once a job ends. */
  runShutdownCallbacks(): Promise<void>;
}

/**
 * A `JobContext` with `fakeJob: true` (its `connect()` does nothing) over a real, never-connected
 * `Room`: the real `entry()` runs in-process up to a started agent session without a LiveKit
 * server. Local inference (the end-of-turn model) is not available and fails if asked.
 */
export function fakeJob(options: {
  metadata: string;
  proc?: JobProcess;
  jobId?: string;
  roomName?: string;
}): FakeJob {
  const shutdowns: string[] = [];
  let connects = 0;
  const info = {
    acceptArguments: { name: 'agent', identity: 'agent', metadata: '' },
    job: new Job({
      id: options.jobId ?? 'job_fake',
      type: JobType.JT_ROOM,
      room: new RoomModel({ name: options.roomName ?? 'room_fake' }),
      metadata: options.metadata,
    }),
    url: '',
    token: '',
    workerId: 'worker_fake',
    fakeJob: true,
  } satisfies RunningJobInfo;
  const noInference = {
    doInference: async (method: string) => {
      throw new Error(`no local inference in a fake job (${method})`);
    },
  };
  const ctx = new JobContext(
    options.proc ?? new JobProcess(),
    info,
    new Room(),
    () => {
      connects++;
    },
    (reason: string) => {
      shutdowns.push(reason);
    },
    noInference,
  );
  return {
    ctx,
    shutdowns,
    connects: () => connects,
    run: (entry) => runWithJobContextAsync(ctx, () => entry(ctx)),
    async runShutdownCallbacks() {
      for (const callback of ctx.shutdownCallbacks) await callback();
    },
  };
}
