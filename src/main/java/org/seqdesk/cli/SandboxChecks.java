package org.seqdesk.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * What {@code seqdesk sandbox} checks before it creates anything: that the address is this
 * machine's and the port free, and that the data folder can be made. Each failure is a {@link
 * SandboxCommand.Refused} that names the option and the reason.
 */
final class SandboxChecks {
    private SandboxChecks() {}

    /** Binds {@code host:port} for a moment (only locally; nothing is sent) and lets it go. */
    static void address(String host, int port) {
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new SandboxCommand.Refused("--host " + host + " is not a known host name");
        }
        if (!isLocal(address)) {
            throw new SandboxCommand.Refused(
                    "--host " + host + " cannot be used: it is not an address of this machine");
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(address, port));
        } catch (IOException e) {
            throw new SandboxCommand.Refused(
                    "port " + port + " on " + host + " is already in use (" + e.getMessage() + ")");
        }
    }

    private static boolean isLocal(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress()) {
            return true;
        }
        try {
            return NetworkInterface.getByInetAddress(address) != null;
        } catch (SocketException e) {
            return false;
        }
    }

    /** Creates the data folder (and its parents) if missing. */
    static void dataFolder(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new SandboxCommand.Refused(
                    "the data folder " + dir + " cannot be created: " + reason(e));
        }
        if (!Files.isWritable(dir)) {
            throw new SandboxCommand.Refused(
                    "the data folder " + dir + " cannot be used: it is not writable");
        }
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file of that name is in the way";
        }
        if (e instanceof NoSuchFileException) {
            return "the file system does not allow a folder there";
        }
        if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
            return ((FileSystemException) e).getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
