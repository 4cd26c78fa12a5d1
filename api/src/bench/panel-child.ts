import { runBenchProcess, startBenchPanel } from './panel-server';

/**
 * One API process of the processes group (processes.ts): the panel's server and its worker, as
 * main.ts starts them, on the database and Redis its environment names. Tells its parent its port.
 */
runBenchProcess(async () => {
  const { orm, server } = await startBenchPanel();
  process.once('SIGTERM', () => {
    void server
      .close()
      .then(() => orm.close())
      .then(() => process.exit(0));
  });
  process.send!({ port: server.port });
});
