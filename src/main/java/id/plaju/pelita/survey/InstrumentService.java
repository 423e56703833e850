package id.plaju.pelita.survey;

import id.plaju.pelita.base.UserFacingException;
import jakarta.validation.constraints.Size;
import org.springframework.validation.annotation.Validated;
import id.plaju.pelita.security.Roles;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Survey instruments: draft → published → retired. A draft's items can be edited; an instrument
 * that is published (or has responses) is never edited in place — "new version" copies it into a
 * new draft with the next version number.
 */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize(Roles.IS_ADMIN)
public class InstrumentService {

    private final JdbcClient jdbc;

    InstrumentService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<InstrumentSummary> list() {
        return jdbc.sql("""
                select i.id, i.code, i.instrument_version, i.name_id, i.name_en, i.status,
                       (select count(*) from survey_item it where it.instrument_id = i.id) as items,
                       (select count(*) from survey_response r join survey_round rd on rd.id = r.round_id
                        where rd.instrument_id = i.id) as responses
                from survey_instrument i order by i.code, i.instrument_version desc""")
                .query((rs, n) -> new InstrumentSummary(rs.getLong("id"), rs.getString("code"),
                        rs.getInt("instrument_version"), rs.getString("name_id"), rs.getString("name_en"),
                        InstrumentStatus.valueOf(rs.getString("status")), rs.getInt("items"), rs.getLong("responses")))
                .list();
    }

    /** The full instrument, for filling and scoring. */
    @PreAuthorize("isAuthenticated()")
    public Instrument load(long id) {
        return jdbc.sql("select * from survey_instrument where id = ?").param(id).query((rs, n) -> new Instrument(
                        rs.getLong("id"), rs.getString("code"), rs.getInt("instrument_version"), rs.getString("name_id"),
                        rs.getString("name_en"), rs.getInt("scale_min"), rs.getInt("scale_max"),
                        InstrumentStatus.valueOf(rs.getString("status")),
                        jdbc.sql("select * from survey_scale_label where instrument_id = ? order by point").param(id)
                                .query((l, m) -> new Instrument.ScaleLabel(l.getInt("point"), l.getString("label_id"),
                                        l.getString("label_en"))).list(),
                        jdbc.sql("select * from survey_subscale where instrument_id = ? order by position").param(id)
                                .query((s, m) -> new Instrument.Subscale(s.getLong("id"), s.getString("code"),
                                        s.getString("name_id"), s.getString("name_en"), s.getBoolean("in_index"))).list(),
                        jdbc.sql("select * from survey_item where instrument_id = ? order by position").param(id)
                                .query((it, m) -> new Instrument.Item(it.getLong("id"), it.getLong("subscale_id"),
                                        it.getInt("position"), it.getString("text_id"), it.getString("text_en"),
                                        it.getBoolean("reverse_scored"))).list()))
                .optional().orElseThrow(() -> new UserFacingException("survey.error.instrument-not-found"));
    }

    /** Copies an instrument into a new draft version; returns the new id. */
    @Transactional
    public long newVersion(long id) {
        Instrument source = load(id);
        int next = jdbc.sql("select max(instrument_version) + 1 from survey_instrument where code = ?")
                .param(source.code()).query(Integer.class).single();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into survey_instrument (code, instrument_version, name_id, name_en, scale_min, scale_max, status)
                values (?, ?, ?, ?, ?, ?, 'DRAFT')""")
                .params(source.code(), next, source.nameId(), source.nameEn(), source.scaleMin(), source.scaleMax())
                .update(key);
        long copy = key.getKey().longValue();
        jdbc.sql("""
                insert into survey_scale_label (instrument_id, point, label_id, label_en)
                select ?, point, label_id, label_en from survey_scale_label where instrument_id = ?""")
                .params(copy, id).update();
        jdbc.sql("""
                insert into survey_subscale (instrument_id, code, name_id, name_en, in_index, position)
                select ?, code, name_id, name_en, in_index, position from survey_subscale where instrument_id = ?""")
                .params(copy, id).update();
        jdbc.sql("""
                insert into survey_item (instrument_id, subscale_id, position, text_id, text_en, reverse_scored)
                select ?, ns.id, it.position, it.text_id, it.text_en, it.reverse_scored
                from survey_item it join survey_subscale os on os.id = it.subscale_id
                join survey_subscale ns on ns.instrument_id = ? and ns.code = os.code
                where it.instrument_id = ?""").params(copy, copy, id).update();
        return copy;
    }

    /** Changes the text, subscale or reverse flag of an item of a draft. */
    @Transactional
    public void updateItem(long itemId, @Size(max = 500, message = "instruments.item.text-id") String textId,
            @Size(max = 500, message = "instruments.item.text-en") String textEn, long subscaleId, boolean reverseScored) {
        long instrument = jdbc.sql("select instrument_id from survey_item where id = ?").param(itemId)
                .query(Long.class).optional().orElseThrow(() -> new UserFacingException("survey.error.item-not-found"));
        requireDraft(instrument);
        if (!StringUtils.hasText(textId) || !StringUtils.hasText(textEn)) {
            throw new UserFacingException("survey.error.item-text");
        }
        jdbc.sql("update survey_item set text_id = ?, text_en = ?, subscale_id = ?, reverse_scored = ? where id = ?")
                .params(textId.strip(), textEn.strip(), subscaleId, reverseScored, itemId).update();
    }

    /** Adds a statement at the end of a draft. */
    @Transactional
    public void addItem(long instrumentId, long subscaleId,
            @Size(max = 500, message = "instruments.item.text-id") String textId,
            @Size(max = 500, message = "instruments.item.text-en") String textEn, boolean reverseScored) {
        requireDraft(instrumentId);
        if (!StringUtils.hasText(textId) || !StringUtils.hasText(textEn)) {
            throw new UserFacingException("survey.error.item-text");
        }
        jdbc.sql("""
                insert into survey_item (instrument_id, subscale_id, position, text_id, text_en, reverse_scored)
                select ?, ?, coalesce(max(position), 0) + 1, ?, ?, ? from survey_item where instrument_id = ?""")
                .params(instrumentId, subscaleId, textId.strip(), textEn.strip(), reverseScored, instrumentId).update();
    }

    /** Removes a statement from a draft and closes the gap in the numbering. */
    @Transactional
    public void removeItem(long itemId) {
        var item = jdbc.sql("select instrument_id, position from survey_item where id = ?").param(itemId).query()
                .listOfRows().stream().findFirst().orElseThrow(() -> new UserFacingException("survey.error.item-not-found"));
        long instrument = ((Number) item.get("instrument_id")).longValue();
        requireDraft(instrument);
        jdbc.sql("delete from survey_item where id = ?").param(itemId).update();
        jdbc.sql("update survey_item set position = position - 1 where instrument_id = ? and position > ?")
                .params(instrument, item.get("position")).update();
    }

    @Transactional
    public void publish(long id) {
        requireDraft(id);
        if (load(id).items().isEmpty()) {
            throw new UserFacingException("survey.error.no-items");
        }
        jdbc.sql("update survey_instrument set status = 'PUBLISHED', version = version + 1 where id = ?").param(id)
                .update();
    }

    @Transactional
    public void retire(long id) {
        jdbc.sql("update survey_instrument set status = 'RETIRED', version = version + 1 where id = ?").param(id)
                .update();
    }

    private void requireDraft(long instrumentId) {
        String status = jdbc.sql("select status from survey_instrument where id = ?").param(instrumentId)
                .query(String.class).single();
        long responses = jdbc.sql("""
                select count(*) from survey_response r join survey_round rd on rd.id = r.round_id
                where rd.instrument_id = ?""").param(instrumentId).query(Long.class).single();
        if (!InstrumentStatus.DRAFT.name().equals(status) || responses > 0) {
            throw new UserFacingException("survey.error.not-draft");
        }
    }
}
