package id.plaju.pelita.base.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The database server PELITA talks to, as told by {@code SELECT VERSION()}: MariaDB (10.11 says
 * "10.11.19-MariaDB-…", reached through MySQL Connector/J as "5.5.5-10.11…") or MySQL ("8.4.3").
 */
public record DatabaseServer(Product product, int major, int minor, String version) {

    public enum Product { MARIADB, MYSQL }

    private static final Pattern VERSION =
            Pattern.compile("^(?:5\\.5\\.5-)?(\\d+)\\.(\\d+)(?:\\.\\d+)?(.*)$");

    public static DatabaseServer parse(String version) {
        Matcher m = VERSION.matcher(version == null ? "" : version.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("Unrecognised database server version: " + version);
        }
        boolean mariaDb = m.group(3).toLowerCase().contains("mariadb");
        return new DatabaseServer(mariaDb ? Product.MARIADB : Product.MYSQL,
                Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), version.strip());
    }

    public static DatabaseServer detect(DataSource dataSource) {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT VERSION()")) {
            rs.next();
            return parse(rs.getString(1));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to read its version: " + e.getMessage(), e);
        }
    }

    /** The product name as Hibernate's dialect resolution knows it. */
    public String productName() {
        return product == Product.MARIADB ? "MariaDB" : "MySQL";
    }
}
