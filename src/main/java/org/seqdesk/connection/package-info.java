/**
 * Server profiles, credentials and TLS trust: how SeqDesk connects safely to several VidiCore
 * servers side by side.
 *
 * <ul>
 *   <li>{@link org.seqdesk.connection.ServerProfile} and {@link
 *       org.seqdesk.connection.ProfileStore}: named servers in {@code profiles.json} under the data
 *       folder, written atomically; the embedded sandbox is always the first, built-in profile. A
 *       profile has no field for a secret, so neither the file nor an export can hold one.
 *   <li>{@link org.seqdesk.connection.SecretStore}: passwords and tokens in the OS keyring, or for
 *       the session only where there is none.
 *   <li>{@link org.seqdesk.connection.TrustStore}: per-profile certificates (PKCS12), added only
 *       after the user has seen the SHA-256 fingerprint; the JDK's trust is always kept. There is
 *       no trust-everything switch.
 *   <li>{@link org.seqdesk.connection.HealthCheck}: version and an authenticated call, one clear
 *       message per failure.
 *   <li>{@link org.seqdesk.connection.ConnectionModule}: the Server menu, the profiles dialog and
 *       switching without a restart. A read-only profile builds a read-only client, which refuses
 *       writing calls itself.
 * </ul>
 *
 * <p>For a read-only connection the app hides the screens' writing actions ({@code
 * app.ReadOnlyMode}) and the client refuses the calls.
 *
 * <p>Threads: the keyring is probed and read on the background executor; the UI thread only shows
 * the dialogs (password, certificate, errors). {@code ServerSwitcher} makes the last switch win: a
 * switch under way when another is made is given up and whatever it opened is closed.
 */
package org.seqdesk.connection;
