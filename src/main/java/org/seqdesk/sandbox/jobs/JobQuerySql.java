package org.seqdesk.sandbox.jobs;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The SQL of a {@link JobFilter}. Sort fields are mapped to columns, never pasted in. */
record JobQuerySql(String where, List<Object> args, String orderBy) {
    private static final String PRIORITY_RANK =
            "CASE priority WHEN 'IMMEDIATE' THEN 0 WHEN 'HIGHEST' THEN 1 WHEN 'HIGH' THEN 2"
                    + " WHEN 'MEDIUM' THEN 3 WHEN 'LOW' THEN 4 ELSE 5 END";

    static JobQuerySql of(JobFilter f) {
        StringBuilder w = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (f.owner() != null) {
            w.append(" AND owner = ?");
            args.add(f.owner());
        }
        in(w, args, "status", f.states().stream().map(Enum::name).toList());
        in(w, args, "type", List.copyOf(f.types()));
        in(w, args, "priority", f.priorities().stream().map(Enum::name).toList());
        for (Map.Entry<String, String> e : f.metadata().entrySet()) {
            w.append(" AND EXISTS (SELECT 1 FROM job_data d WHERE d.job_id = job.id")
                    .append(" AND d.data_key = ? AND d.data_value = ?)");
            args.add(e.getKey());
            args.add(e.getValue());
        }
        return new JobQuerySql(w.toString(), args, orderBy(f.sort()));
    }

    private static void in(StringBuilder w, List<Object> args, String column, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        w.append(" AND ").append(column).append(" IN (");
        for (int i = 0; i < values.size(); i++) {
            w.append(i == 0 ? "?" : ", ?");
            args.add(values.get(i));
        }
        w.append(')');
    }

    private static String orderBy(List<Map.Entry<String, Boolean>> sort) {
        StringBuilder o = new StringBuilder();
        for (Map.Entry<String, Boolean> s : sort) {
            String column = column(s.getKey());
            if (column != null) {
                o.append(o.length() == 0 ? " ORDER BY " : ", ")
                        .append(column)
                        .append(s.getValue() ? " ASC" : " DESC");
            }
        }
        return o.length() == 0 ? " ORDER BY id" : o + ", id";
    }

    /** The column for a sort field, or null for a field VidiCore does not sort by. */
    static String column(String field) {
        switch (field) {
            case "jobId":
                return "id";
            case "type":
                return "type";
            case "state":
                return "status";
            case "user":
                return "owner";
            case "startTime":
                return "started";
            case "priority":
                return PRIORITY_RANK;
            default:
                return null;
        }
    }

    String count() {
        return "SELECT COUNT(*) FROM job" + where;
    }

    String page(String columns) {
        return "SELECT " + columns + " FROM job" + where + orderBy + " LIMIT ? OFFSET ?";
    }

    int bind(PreparedStatement ps) throws SQLException {
        int i = 1;
        for (Object a : args) {
            ps.setObject(i++, a);
        }
        return i;
    }
}
