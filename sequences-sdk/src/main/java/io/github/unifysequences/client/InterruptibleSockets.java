package io.github.unifysequences.client;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.nio.channels.SocketChannel;
import javax.net.SocketFactory;
import org.jspecify.annotations.Nullable;

/**
 * Sockets backed by a {@link SocketChannel}, an interruptible channel: interrupting a thread blocked connecting to,
 * reading from or writing to one closes it, and the blocked call fails at once. The JDK's default sockets ignore an
 * interrupt. This is what lets a blocking call run its attempt on the caller's thread ({@code Call.execute()},
 * no hand-off to a dispatcher thread and back) and still end when that thread is interrupted: OkHttp checks the flag
 * between its steps, and the channel ends a wait inside one. TLS is layered over these sockets as over any other.
 */
final class InterruptibleSockets extends SocketFactory {

    @Override
    public Socket createSocket() throws IOException {
        return SocketChannel.open().socket();
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port), null);
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return connected(new InetSocketAddress(host, port), new InetSocketAddress(localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port), null);
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        return connected(new InetSocketAddress(address, port), new InetSocketAddress(localAddress, localPort));
    }

    /** OkHttp only asks for unconnected sockets; the other shapes of the factory's contract are kept for its sake. */
    private Socket connected(SocketAddress remote, @Nullable SocketAddress local) throws IOException {
        Socket socket = createSocket();
        try {
            if (local != null) {
                socket.bind(local);
            }
            socket.connect(remote);
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }
}
