/**
 * Renders and the jobs that carry them out: the render dialog, the job tracker that polls the
 * server, the local history of the renders this user started, and the job monitor panel.
 *
 * <p>The package talks to the server only through the {@link org.seqdesk.jobs.JobService} port,
 * which {@link org.seqdesk.jobs.ApiJobService} implements with the Retrofit interfaces of {@code
 * api}.
 */
package org.seqdesk.jobs;
