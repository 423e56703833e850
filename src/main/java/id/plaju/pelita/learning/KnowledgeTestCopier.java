package id.plaju.pelita.learning;

import id.plaju.pelita.base.Today;
import id.plaju.pelita.security.CurrentUser;
import id.plaju.pelita.training.ProgrammeRevised;
import java.sql.Timestamp;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * A revised programme starts with a copy of the newest test of the version it revises (items, options,
 * pass mark) as its version 1: untaken, so the admin edits it in place to match the new curriculum,
 * and before and after stay comparable if it is kept. Runs in the revision's transaction.
 */
@Component
class KnowledgeTestCopier {

    private final JdbcClient jdbc;
    private final Today today;

    KnowledgeTestCopier(JdbcClient jdbc, Today today) {
        this.jdbc = jdbc;
        this.today = today;
    }

    @EventListener
    void copyTest(ProgrammeRevised revised) {
        Optional<Long> newest = jdbc.sql("select id from knowledge_test where programme_id = ? order by version_no desc limit 1")
                .param(revised.programme()).query(Long.class).optional();
        if (newest.isEmpty()) {
            return;
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into knowledge_test (programme_id, version_no, pass_mark, created_by, created_at)
                select ?, 1, pass_mark, ?, ? from knowledge_test where id = ?""")
                .params(revised.revision(), CurrentUser.username().orElse("?"), Timestamp.valueOf(today.dateTime()),
                        newest.get()).update(key, "id");
        long copy = key.getKey().longValue();
        jdbc.sql("""
                insert into knowledge_test_item (test_id, position, question)
                select ?, position, question from knowledge_test_item where test_id = ?""").params(copy, newest.get()).update();
        jdbc.sql("""
                insert into knowledge_test_option (item_id, position, label, correct)
                select ni.id, o.position, o.label, o.correct
                from knowledge_test_option o
                join knowledge_test_item oi on oi.id = o.item_id
                join knowledge_test_item ni on ni.test_id = ? and ni.position = oi.position
                where oi.test_id = ?""").params(copy, newest.get()).update();
    }
}
