package dev.oms.system;

/** Where a RabbitMQ virtual host is, and how to log in to it. */
record BrokerAddress(String host, int port, String vhost, String username, String password) {

    /**
     * The broker given to this run: -Dsystem.rabbitmq.host, .port, .vhost, .username, .password (defaults: the local
     * broker's "/" as guest).
     */
    static BrokerAddress configured() {
        return new BrokerAddress(
                System.getProperty("system.rabbitmq.host", "127.0.0.1"),
                Integer.getInteger("system.rabbitmq.port", 5672),
                System.getProperty("system.rabbitmq.vhost", "/"),
                System.getProperty("system.rabbitmq.username", "guest"),
                System.getProperty("system.rabbitmq.password", "guest"));
    }

    @Override
    public String toString() {
        return host + ":" + port + " vhost " + vhost;
    }
}
